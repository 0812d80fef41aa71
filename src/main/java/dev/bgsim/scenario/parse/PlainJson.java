package dev.bgsim.scenario.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a located JSON value into the plain, unmodifiable Java values that trigger arguments and
 * local settings hold: String, Long (BigInteger when too big), Double, Boolean, List, Map, null.
 */
final class PlainJson {

    private PlainJson() {
    }

    static Object toJava(LocatedValue value) {
        if (value instanceof LocatedObject object) {
            return toJavaMap(object);
        }
        if (value instanceof LocatedArray array) {
            List<Object> items = new ArrayList<>();
            array.items().forEach(item -> items.add(toJava(item)));
            return Collections.unmodifiableList(items);
        }
        LocatedScalar scalar = (LocatedScalar) value;
        return switch (scalar.kind()) {
            case WHOLE_NUMBER -> wholeNumber((BigInteger) scalar.value());
            case DECIMAL_NUMBER -> scalar.decimalValue().doubleValue();
            case STRING, BOOLEAN, NULL -> scalar.value();
        };
    }

    /** Members in file order; values may be null. */
    static Map<String, Object> toJavaMap(LocatedObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.members().forEach(m -> map.put(m.name(), toJava(m.value())));
        return Collections.unmodifiableMap(map);
    }

    private static Object wholeNumber(BigInteger value) {
        return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }
}

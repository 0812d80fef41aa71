package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.SourceLocation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON string, number, boolean or null.
 *
 * @param kind     which of those it is
 * @param value    String, BigInteger (whole numbers), BigDecimal (other numbers), Boolean, or null
 * @param location where it starts
 */
record LocatedScalar(Kind kind, Object value, SourceLocation location) implements LocatedValue {

    /** The JSON scalar types, with whole and fractional numbers apart. */
    enum Kind { STRING, WHOLE_NUMBER, DECIMAL_NUMBER, BOOLEAN, NULL }

    String stringValue() {
        return (String) value;
    }

    BigDecimal decimalValue() {
        return value instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) value;
    }

    boolean isNumber() {
        return kind == Kind.WHOLE_NUMBER || kind == Kind.DECIMAL_NUMBER;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "the string \"" + value + "\"";
            case WHOLE_NUMBER, DECIMAL_NUMBER -> "the number " + value;
            case BOOLEAN -> String.valueOf(value);
            case NULL -> "null";
        };
    }
}

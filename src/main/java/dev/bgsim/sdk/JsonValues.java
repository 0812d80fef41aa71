package dev.bgsim.sdk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values that may cross a process boundary in bgsim: {@link LocalSettings} values, trigger
 * arguments and payloads. They are the JSON-representable values:
 * <ul>
 *   <li>{@code null};</li>
 *   <li>{@link String};</li>
 *   <li>{@link Boolean};</li>
 *   <li>{@link Number}: {@link Byte}, {@link Short}, {@link Integer}, {@link Long},
 *       {@link BigInteger}, {@link BigDecimal}, and finite {@link Float} and {@link Double}
 *       (NaN and infinities have no JSON form);</li>
 *   <li>{@link List} of JSON-representable values;</li>
 *   <li>{@link Map} with {@link String} keys and JSON-representable values.</li>
 * </ul>
 * Anything else (dates, enums, your own classes, a list that contains itself) is refused with an
 * {@link IllegalArgumentException} that says where in the value the problem is. A value read
 * back after crossing a process may come back with another {@code Number} type (an
 * {@code Integer} as a {@code Long}, say): read numbers through {@code Number}'s methods.
 *
 * <p>The simulator, the task hosts and the SDK use this one class, so they agree on the rule.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** Whether {@code value} is JSON-representable, as this class defines it. */
    public static boolean isJsonValue(Object value) {
        return problem(value, "value", new IdentityHashMap<>()) == null;
    }

    /**
     * Returns {@code value} when it is JSON-representable.
     *
     * @param what names the value in the error message, for example {@code "setting 'lastRun'"}
     * @throws IllegalArgumentException naming the offending part and its type when it is not
     */
    public static Object requireJsonValue(Object value, String what) {
        String problem = problem(value, Objects.requireNonNull(what, "what"), new IdentityHashMap<>());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    /**
     * Returns a deep, unmodifiable copy of a JSON-representable value: lists and maps are copied
     * (maps keep their order, nulls are kept), other values are immutable and returned as they are.
     *
     * @param what names the value in the error message
     * @throws IllegalArgumentException when the value is not JSON-representable
     */
    public static Object immutableCopy(Object value, String what) {
        requireJsonValue(value, what);
        return copy(value);
    }

    /**
     * Returns a deep, unmodifiable copy of a map of JSON-representable values, in the map's order.
     *
     * @param what names the map in the error message, for example {@code "trigger arguments"}
     * @throws NullPointerException when {@code map} is null
     * @throws IllegalArgumentException when a key is not a String or a value is not JSON-representable
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> immutableCopyOfMap(Map<String, ?> map, String what) {
        Objects.requireNonNull(map, what);
        return (Map<String, Object>) immutableCopy(map, what);
    }

    private static String problem(Object value, String path, IdentityHashMap<Object, Boolean> open) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return null;
        }
        if (value instanceof Number number) {
            return numberProblem(number, path);
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            if (open.put(value, Boolean.TRUE) != null) {
                return path + " contains itself; JSON values cannot be cyclic";
            }
            String problem = value instanceof List<?> list ? listProblem(list, path, open)
                    : mapProblem((Map<?, ?>) value, path, open);
            open.remove(value);
            return problem;
        }
        return path + " is a " + value.getClass().getName()
                + ", which is not JSON-representable; use String, Number, Boolean, null, List or Map";
    }

    private static String numberProblem(Number number, String path) {
        if (number instanceof Double d && !Double.isFinite(d)) {
            return path + " is " + d + ", which JSON cannot represent; use a finite number or null";
        }
        if (number instanceof Float f && !Float.isFinite(f)) {
            return path + " is " + f + ", which JSON cannot represent; use a finite number or null";
        }
        boolean known = number instanceof Integer || number instanceof Long || number instanceof Double
                || number instanceof Float || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger || number instanceof BigDecimal;
        return known ? null : path + " is a " + number.getClass().getName()
                + ", which is not JSON-representable; use Integer, Long, Double or BigDecimal";
    }

    private static String listProblem(List<?> list, String path, IdentityHashMap<Object, Boolean> open) {
        int i = 0;
        for (Object element : list) {
            String problem = problem(element, path + "[" + i++ + "]", open);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String mapProblem(Map<?, ?> map, String path, IdentityHashMap<Object, Boolean> open) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                return path + " has the key " + entry.getKey() + " ("
                        + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName())
                        + "); JSON object keys must be Strings";
            }
            String problem = problem(entry.getValue(), path + "." + key, open);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static Object copy(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(copy(element));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }
}

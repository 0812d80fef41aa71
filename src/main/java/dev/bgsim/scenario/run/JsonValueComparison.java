package dev.bgsim.scenario.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares JSON values as a scenario means them: numbers by value ({@code 3} equals {@code 3.0},
 * whatever the Java number types), lists in order, maps by key, everything else by equals; and
 * writes them back as compact JSON for messages.
 */
final class JsonValueComparison {
    private final ObjectMapper mapper = new ObjectMapper();

    /** Whether {@code actual} is the value {@code expected} describes. */
    boolean same(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof Number e && actual instanceof Number a) {
            return decimal(e).compareTo(decimal(a)) == 0;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            return sameLists(e, a);
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            return e.size() == a.size() && e.entrySet().stream()
                    .allMatch(entry -> a.containsKey(entry.getKey()) && same(entry.getValue(), a.get(entry.getKey())));
        }
        return Objects.equals(expected, actual);
    }

    /** Compact JSON text of a value, for expected/seen lines. */
    String text(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private boolean sameLists(List<?> expected, List<?> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        Iterator<?> e = expected.iterator();
        Iterator<?> a = actual.iterator();
        while (e.hasNext()) {
            if (!same(e.next(), a.next())) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal decimal(Number number) {
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(number.doubleValue());
        }
    }
}

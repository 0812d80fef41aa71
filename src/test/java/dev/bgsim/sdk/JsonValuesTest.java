package dev.bgsim.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonValuesTest {

    static Stream<Object> accepted() {
        return Stream.of("text", true, 1, 2L, (short) 3, (byte) 4, 1.5, 2.5f, BigInteger.TEN, BigDecimal.ONE,
                List.of(), Arrays.asList(1, null, "x"), Map.of("a", List.of(Map.of("b", false))),
                new HashMap<>(Map.of("k", "v")));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void jsonRepresentableValuesAreAccepted(Object value) {
        assertTrue(JsonValues.isJsonValue(value));
        assertSame(value, JsonValues.requireJsonValue(value, "value"));
    }

    @Test
    void nullIsAccepted() {
        assertTrue(JsonValues.isJsonValue(null));
        assertNull(JsonValues.immutableCopy(null, "value"));
    }

    /** A refused value and the part of the message that says where and what. */
    static Stream<Arguments> refused() {
        Map<Object, Object> intKey = new HashMap<>();
        intKey.put(1, "one");
        return Stream.of(
                Arguments.of(Instant.EPOCH, "setting is a java.time.Instant"),
                Arguments.of(Double.NaN, "setting is NaN"),
                Arguments.of(Float.POSITIVE_INFINITY, "setting is Infinity"),
                Arguments.of(new AtomicInteger(1), "setting is a java.util.concurrent.atomic.AtomicInteger"),
                Arguments.of(List.of(1, new Object()), "setting[1] is a java.lang.Object"),
                Arguments.of(Map.of("a", Map.of("b", 'c')), "setting.a.b is a java.lang.Character"),
                Arguments.of(intKey, "setting has the key 1 (java.lang.Integer)"),
                Arguments.of(SystemTriggerType.INVALID, "setting is a dev.bgsim.sdk.SystemTriggerType"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void otherValuesAreRefusedWithWhereAndWhat(Object value, String expectedMessageStart) {
        assertFalse(JsonValues.isJsonValue(value));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonValues.requireJsonValue(value, "setting"));
        assertTrue(e.getMessage().startsWith(expectedMessageStart), e.getMessage());
    }

    @Test
    void aValueThatContainsItselfIsRefused() {
        List<Object> list = new ArrayList<>();
        list.add(list);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonValues.requireJsonValue(list, "v"));
        assertEquals("v[0] contains itself; JSON values cannot be cyclic", e.getMessage());
    }

    @Test
    void theSameListTwiceIsNotACycle() {
        List<Integer> shared = List.of(1);
        assertTrue(JsonValues.isJsonValue(List.of(shared, shared)));
    }

    @Test
    void immutableCopyIsDeepAndKeepsOrderAndNulls() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", null);
        inner.put("a", new ArrayList<>(List.of(1, 2)));
        Map<String, Object> original = new LinkedHashMap<>();
        original.put("inner", inner);

        Map<String, Object> copy = JsonValues.immutableCopyOfMap(original, "m");
        inner.put("late", 3);

        @SuppressWarnings("unchecked")
        Map<String, Object> copiedInner = (Map<String, Object>) copy.get("inner");
        assertEquals(List.of("z", "a"), List.copyOf(copiedInner.keySet()));
        assertNull(copiedInner.get("z"));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) copiedInner.get("a")).clear());
    }

    @Test
    void triggerDetailsCopyTheirArguments() {
        Map<String, Object> arguments = new HashMap<>(Map.of("n", 1));
        ApplicationTriggerDetails details = new ApplicationTriggerDetails(arguments);
        arguments.put("later", 2);
        assertEquals(Map.of("n", 1), details.getArguments());
        assertEquals(Map.of(), new MediaProcessingTriggerDetails(Map.of()).getArguments());
        assertThrows(IllegalArgumentException.class, () -> new ApplicationTriggerDetails(Map.of("x", new Object())));
    }
}

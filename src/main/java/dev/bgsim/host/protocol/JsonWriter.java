package dev.bgsim.host.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON values (String, Number, Boolean, null, List, Map with String keys) as compact JSON
 * text. Small on purpose: a child host must not load a JSON library to start (decision 0003).
 * Stateless; safe from any thread.
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int MAX_DEPTH = 64;

    private JsonWriter() {
    }

    /**
     * The JSON text of {@code value}.
     *
     * @throws IllegalArgumentException when the value (or something inside it) is not
     *     JSON-representable, names the path to it
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(64);
        try {
            append(out, value, 0);
        } catch (NotJsonException e) {
            throw new IllegalArgumentException(e.path() + ": " + e.getMessage());
        }
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new NotJsonException("nested deeper than " + MAX_DEPTH + " levels");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Number n) {
            appendNumber(out, n);
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map, depth);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                try {
                    append(out, list.get(i), depth + 1);
                } catch (NotJsonException e) {
                    throw e.under("[" + i + "]");
                }
            }
            out.append(']');
        } else {
            throw new NotJsonException("a " + value.getClass().getName()
                    + " is not JSON-representable; use String, Number, Boolean, null, List or Map");
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map, int depth) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new NotJsonException("map key " + e.getKey() + " is not a String");
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, key);
            out.append(':');
            try {
                append(out, e.getValue(), depth + 1);
            } catch (NotJsonException ex) {
                throw ex.under("." + key);
            }
        }
        out.append('}');
    }

    private static void appendNumber(StringBuilder out, Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            out.append(n);
        } else if (n instanceof BigDecimal d) {
            out.append(d.toString());
        } else {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NotJsonException(d + " has no JSON form; use a finite number");
            }
            out.append(d);
        }
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Lone surrogates would not survive UTF-8 encoding; escape them to keep the text intact.
                    if (c < 0x20 || Character.isSurrogate(c) && !isPairedSurrogate(s, i)) {
                        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A value that cannot be written; the path to it is built on the way out, so success costs no path strings. */
    private static final class NotJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String suffix;

        NotJsonException(String message) {
            this(message, "");
        }

        private NotJsonException(String message, String suffix) {
            super(message, null, false, false);
            this.suffix = suffix;
        }

        NotJsonException under(String step) {
            return new NotJsonException(getMessage(), step + suffix);
        }

        String path() {
            return "$" + suffix;
        }
    }
}

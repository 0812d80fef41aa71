package dev.bgsim.scenario.report;

/**
 * Makes text safe for XML 1.0. The stream writer escapes markup ({@code < & "}) but not
 * characters XML cannot hold at all (most control characters, lone surrogates), which task
 * output and exception messages can contain; those become {@code \\uXXXX} text.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (allowed(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(String.format("\\u%04x", (int) c));
        }
        return out == null ? text : out.toString();
    }

    /** XML 1.0 Char production, for one UTF-16 unit that is not part of a surrogate pair. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}

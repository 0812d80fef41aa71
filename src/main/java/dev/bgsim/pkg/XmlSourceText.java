package dev.bgsim.pkg;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of an XML file, used to turn StAX character offsets into the line and column of a
 * tag's {@code <} or of one attribute's value. StAX reports the end of a start tag, which for an
 * element whose attributes span several lines is far from the offending attribute.
 */
final class XmlSourceText {
    private final String text;
    private final int[] lineStarts;

    XmlSourceText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line and column of a character offset. */
    SourceLocation locate(SourceLocation file, int offset) {
        int line = lineOf(offset);
        return file.at(line + 1, offset - lineStarts[line] + 1);
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * The offset of the {@code <} of the start tag that ends just before {@code tagEnd}, or -1.
     * Scanning back is safe because {@code <} cannot occur inside a tag (not even in attribute values).
     */
    int tagStart(int tagEnd) {
        if (tagEnd <= 0 || tagEnd > text.length()) {
            return -1;
        }
        return text.lastIndexOf('<', tagEnd - 1);
    }

    /**
     * The offset of the first character of the value of the attribute whose local name is
     * {@code localName} (any prefix) in the start tag {@code [tagStart, tagEnd)}, or -1.
     */
    int attributeValue(int tagStart, int tagEnd, String localName) {
        int i = skipName(tagStart + 1, tagEnd);
        while (i < tagEnd) {
            i = skipSpace(i, tagEnd);
            int nameStart = i;
            i = skipName(i, tagEnd);
            if (i == nameStart) {
                return -1;
            }
            String name = text.substring(nameStart, i);
            i = skipSpace(i, tagEnd);
            if (i >= tagEnd || text.charAt(i) != '=') {
                return -1;
            }
            i = skipSpace(i + 1, tagEnd);
            if (i >= tagEnd) {
                return -1;
            }
            char quote = text.charAt(i);
            int valueStart = i + 1;
            int valueEnd = text.indexOf(quote, valueStart);
            if (valueEnd < 0 || valueEnd >= tagEnd) {
                return -1;
            }
            if (name.equals(localName) || name.endsWith(":" + localName)) {
                return valueStart;
            }
            i = valueEnd + 1;
        }
        return -1;
    }

    private int skipName(int i, int end) {
        while (i < end && !Character.isWhitespace(text.charAt(i)) && "=/>".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private int skipSpace(int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

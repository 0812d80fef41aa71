package dev.bgsim.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures label widths in the timeline's font (with a cache: the same task names and tick labels
 * come back every frame) and shortens labels with an ellipsis to fit a width.
 */
final class TextFitter {
    private static final int CACHE_LIMIT = 4_096;
    private static final String ELLIPSIS = "…";

    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private Font font;

    void setFont(Font newFont) {
        if (!newFont.equals(font)) {
            font = newFont;
            probe.setFont(newFont);
            widths.clear();
        }
    }

    Font font() {
        return font;
    }

    double width(String text) {
        Double width = widths.get(text);
        if (width == null) {
            if (widths.size() >= CACHE_LIMIT) {
                widths.clear();
            }
            probe.setText(text);
            width = probe.getLayoutBounds().getWidth();
            widths.put(text, width);
        }
        return width;
    }

    /** {@code text} if it fits in {@code maxWidth}, else its longest prefix that fits with an ellipsis, else "". */
    String fit(String text, double maxWidth) {
        if (maxWidth <= 0 || text.isEmpty()) {
            return "";
        }
        double full = width(text);
        if (full <= maxWidth) {
            return text;
        }
        int length = (int) Math.max(0, Math.min(text.length() - 1, Math.floor(text.length() * maxWidth / full)));
        while (length > 0 && width(text.substring(0, length) + ELLIPSIS) > maxWidth) {
            length--;
        }
        return length == 0 ? "" : text.substring(0, length) + ELLIPSIS;
    }
}

package dev.bgsim.ui.timeline;

import java.util.function.ToLongFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws what belongs to a lane as a whole: its background band, its state spans (the whole lane
 * for app and device lanes, a thin strip along the bottom of host and registration lanes), and
 * the lane headers on the left.
 */
final class LanePainter {
    private static final double HEADER_PAD = 10;
    private static final double SPAN_STRIP = 3;
    private static final double SMALL = 0.85;

    private final ToLongFunction<StateSpan> spanPainter = this::paintSpan;
    private Frame frame;
    private int laneIndex;
    private Font smallFont;

    void begin(Frame f) {
        frame = f;
        Font font = f.text.font();
        if (smallFont == null || smallFont.getSize() != font.getSize() * SMALL || !smallFont.getFamily().equals(font.getFamily())) {
            smallFont = Font.font(font.getFamily(), font.getSize() * SMALL);
        }
    }

    void paintBackground(int i) {
        Frame f = frame;
        double y = f.laneY(i);
        double h = f.layout.height(i);
        if (i % 2 == 1) {
            f.gc.setFill(f.paint(TimelineColor.LANE_ALT));
            f.gc.fillRect(f.lanesLeft(), y, f.width - f.lanesLeft(), h);
        }
        f.gc.setFill(f.paint(TimelineColor.LANE_BORDER));
        f.horizontalLine(f.lanesLeft(), f.width, Frame.crisp(y + h - 1), 1);
    }

    void paintSpans(int i) {
        laneIndex = i;
        frame.gc.setTextAlign(TextAlignment.LEFT);
        frame.gc.setTextBaseline(VPos.CENTER);
        frame.gc.setFont(frame.text.font());
        frame.layout.lane(i).forEachVisibleSpan(frame.t0, frame.t1, spanPainter);
    }

    /** Paints a span; returns the time its right edge reaches, so spans hidden under it are skipped. */
    private long paintSpan(StateSpan span) {
        Frame f = frame;
        boolean strip = span.lane().showsBars();
        double laneTop = f.laneY(laneIndex);
        double laneHeight = f.layout.height(laneIndex);
        double top = strip ? laneTop + laneHeight - SPAN_STRIP - 2 : laneTop + 3;
        double h = strip ? SPAN_STRIP : laneHeight - 6;
        double xs = f.clampX(f.scale.x(span.start()));
        double xe = f.clampX(f.scale.x(span.endOr(f.now)));
        GraphicsContext gc = f.gc;
        gc.setFill(f.paint(TimelineColor.of(span.tone())));
        gc.fillRect(xs, top, Math.max(1, xe - xs - 1), h);
        if (!strip) {
            double lx = Math.max(xs, f.scale.left()) + 6;
            String label = f.text.fit(span.value(), xe - lx - 6);
            if (!label.isEmpty()) {
                gc.setFill(f.paint(TimelineColor.SPAN_TEXT));
                gc.fillText(label, lx, top + h / 2);
            }
        }
        return (long) Math.floor(f.scale.time(xe));
    }

    /** The header column: background, one label per visible lane, the kind in small type, borders. */
    void paintHeaders(int firstLane) {
        Frame f = frame;
        GraphicsContext gc = f.gc;
        double w = f.lanesLeft();
        gc.setFill(f.paint(TimelineColor.HEADER_BACKGROUND));
        gc.fillRect(0, f.lanesTop(), w, f.height - f.lanesTop());
        gc.setTextBaseline(VPos.CENTER);
        for (int i = firstLane; !f.laneBelowScreen(i); i++) {
            paintHeader(i, w);
        }
        gc.setFill(f.paint(TimelineColor.LANE_BORDER));
        f.verticalLine(Frame.crisp(w - 1), 0, f.height, 1);
    }

    private void paintHeader(int i, double w) {
        Frame f = frame;
        GraphicsContext gc = f.gc;
        Lane lane = f.layout.lane(i);
        double y = f.laneY(i);
        double h = f.layout.height(i);
        if (lane.showsBars()) {
            double labelY = y + f.metrics.markStripHeight() / 2 + 2;
            paintLabel(lane.label(), labelY, w - 2 * HEADER_PAD);
            paintSubtext(subtext(lane), HEADER_PAD, labelY + f.metrics.fontSize() * 1.25, TextAlignment.LEFT);
        } else {
            String kind = lane.kind().shortName();
            paintSubtext(kind, w - HEADER_PAD, y + h / 2, TextAlignment.RIGHT);
            paintLabel(lane.label(), y + h / 2, w - 3 * HEADER_PAD - f.text.width(kind) * SMALL);
        }
        gc.setFill(f.paint(TimelineColor.LANE_BORDER));
        f.horizontalLine(0, w, Frame.crisp(y + h - 1), 1);
        if (f.layout.startsGroup(i)) {
            f.horizontalLine(0, w, Frame.crisp(y - f.metrics.groupGap()), 1);
        }
    }

    private void paintLabel(String label, double y, double room) {
        GraphicsContext gc = frame.gc;
        gc.setFont(frame.text.font());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(frame.paint(TimelineColor.HEADER_TEXT));
        gc.fillText(frame.text.fit(label, room), HEADER_PAD, y);
    }

    private void paintSubtext(String text, double x, double y, TextAlignment align) {
        GraphicsContext gc = frame.gc;
        gc.setFont(smallFont);
        gc.setTextAlign(align);
        gc.setFill(frame.paint(TimelineColor.HEADER_SUBTEXT));
        gc.fillText(text, x, y);
    }

    private static String subtext(Lane lane) {
        int runs = lane.barCount();
        return lane.kind().shortName() + " · " + runs + (runs == 1 ? " run" : " runs");
    }
}

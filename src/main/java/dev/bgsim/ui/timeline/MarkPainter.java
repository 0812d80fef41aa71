package dev.bgsim.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Draws marks: a small glyph per instant (triangle for a trigger, diamond for a latch, cross for
 * a cancellation, dot for a finding), dashed lines for deadlines, and labels where there is room
 * before the next mark. On host and registration lanes marks sit in the strip above the bars.
 * A deadline of an instance that ended before it is not drawn: it never mattered.
 */
final class MarkPainter {
    private static final double LABEL_GAP = 6;
    private static final double[] DASHES = {4, 3};

    private final List<Mark> visible = new ArrayList<>();
    private final GlyphRuns runs = new GlyphRuns();
    private long currentPixel;
    private long pixelTime;
    private Frame frame;
    private double glyph;

    void begin(Frame f) {
        frame = f;
        glyph = Math.round(f.metrics.fontSize() * 0.35);
    }

    /** Half the glyph size, in pixels: how far a mark reaches left and right of its time. */
    double reach() {
        return glyph + 1;
    }

    void paintMarks(int i) {
        Frame f = frame;
        long slack = (long) Math.ceil(reach() * f.scale.msPerPixel());
        visible.clear();
        currentPixel = Long.MIN_VALUE;
        f.layout.lane(i).forEachVisibleMark(f.t0 - slack, f.t1 + slack, this::collect);
        if (visible.isEmpty()) {
            return;
        }
        Lane lane = f.layout.lane(i);
        double top = f.laneY(i);
        double h = f.layout.height(i);
        double cy = lane.showsBars() ? top + f.metrics.markStripHeight() / 2 + 1 : top + h / 2;
        f.gc.setFont(f.text.font());
        f.gc.setTextAlign(TextAlignment.LEFT);
        f.gc.setTextBaseline(VPos.CENTER);
        runs.clear();
        for (int k = 0; k < visible.size(); k++) {
            Mark mark = visible.get(k);
            double x = f.scale.x(mark.time());
            double nextX = k + 1 < visible.size() ? f.scale.x(visible.get(k + 1).time()) : f.scale.right();
            if (!mark.kind().isDeadline()) {
                runs.add(mark, x, nextX, cy);
            } else if (deadlineMatters(mark)) {
                paintDeadline(mark, x, top, h);
                paintLabel(mark, x, nextX, cy);
            }
        }
        runs.flushAll(cy);
    }

    /**
     * Glyphs that overlap the last one of their kind would only repaint each other, and in a storm
     * there is one in every pixel column: a run of them is painted as one band with a glyph at
     * each end (in software rendering a shape costs far more than a rectangle). Runs are kept per
     * kind, so the triggers and latches of the same instances do not break each other's runs.
     */
    private final class GlyphRuns {
        private final double[] from = new double[MarkKind.values().length];
        private final double[] last = new double[MarkKind.values().length];
        private final double[] lastNextX = new double[MarkKind.values().length];
        private final Mark[] lastMark = new Mark[MarkKind.values().length];

        void clear() {
            Arrays.fill(lastMark, null);
        }

        void add(Mark mark, double x, double nextX, double cy) {
            int k = mark.kind().ordinal();
            if (lastMark[k] == null || x - last[k] >= 2 * glyph) {
                flush(k, cy);
                from[k] = x;
                paintGlyph(mark.kind(), x, cy);
            }
            last[k] = x;
            lastNextX[k] = nextX;
            lastMark[k] = mark;
        }

        void flushAll(double cy) {
            for (int k = 0; k < lastMark.length; k++) {
                flush(k, cy);
            }
        }

        private void flush(int k, double cy) {
            Mark mark = lastMark[k];
            if (mark == null) {
                return;
            }
            if (last[k] > from[k]) {
                double half = Math.max(1, Math.round(glyph * 0.5));
                frame.gc.setFill(frame.paint(TimelineColor.of(mark.kind())));
                frame.gc.fillRect(from[k], cy - half, last[k] - from[k], 2 * half);
                paintGlyph(mark.kind(), last[k], cy);
            }
            paintLabel(mark, last[k], lastNextX[k], cy);
            lastMark[k] = null;
        }
    }

    /**
     * Keeps a mark to paint. Marks at the same instant all stay (a time limit and a cancellation
     * often coincide); a mark at another instant in a pixel column already used would only repaint
     * it, so the rest of that column is skipped: zoomed out, the cost is the pixels, not the marks.
     */
    private long collect(Mark mark) {
        long pixel = (long) Math.floor(frame.scale.x(mark.time()));
        if (pixel == currentPixel && mark.time() != pixelTime) {
            return (long) Math.ceil(frame.scale.time(pixel + 1));
        }
        currentPixel = pixel;
        pixelTime = mark.time();
        visible.add(mark);
        return mark.time();
    }

    private boolean deadlineMatters(Mark mark) {
        InstanceBar bar = mark.instanceId() == null ? null : frame.model.bar(mark.instanceId());
        return bar == null || bar.isOpen() || bar.end() >= mark.time();
    }

    private void paintDeadline(Mark mark, double x, double top, double h) {
        GraphicsContext gc = frame.gc;
        gc.setStroke(frame.paint(TimelineColor.of(mark.kind())));
        gc.setLineWidth(1.5);
        gc.setLineDashes(DASHES);
        gc.strokeLine(Frame.crisp(x), top + 1, Frame.crisp(x), top + h - 2);
        gc.setLineDashes(null);
    }

    private void paintGlyph(MarkKind kind, double x, double cy) {
        GraphicsContext gc = frame.gc;
        double s = glyph;
        gc.setFill(frame.paint(TimelineColor.of(kind)));
        gc.setStroke(frame.paint(TimelineColor.of(kind)));
        switch (kind) {
            case TRIGGER -> gc.fillPolygon(new double[] {x - s, x + s, x}, new double[] {cy - s, cy - s, cy + s}, 3);
            case LATCH -> gc.fillPolygon(new double[] {x, x + s, x, x - s}, new double[] {cy - s, cy, cy + s, cy}, 4);
            case CANCELLATION -> {
                gc.setLineWidth(2);
                gc.setLineCap(StrokeLineCap.ROUND);
                gc.strokeLine(x - s + 1, cy - s + 1, x + s - 1, cy + s - 1);
                gc.strokeLine(x - s + 1, cy + s - 1, x + s - 1, cy - s + 1);
                gc.setLineCap(StrokeLineCap.SQUARE);
            }
            default -> gc.fillOval(x - s, cy - s, 2 * s, 2 * s);
        }
    }

    private void paintLabel(Mark mark, double x, double nextX, double cy) {
        Frame f = frame;
        String text = mark.text().isEmpty() && mark.kind().isDeadline()
                ? TooltipText.markTitle(mark.kind()).toLowerCase(java.util.Locale.ROOT) : mark.text();
        double lx = x + glyph + 3;
        double room = Math.min(nextX - glyph - LABEL_GAP, f.scale.right()) - lx;
        if (text.isEmpty() || room < 20 || lx < f.scale.left()) {
            return;
        }
        String fitted = f.text.fit(text, room);
        if (!fitted.isEmpty()) {
            f.gc.setFill(f.paint(TimelineColor.MARK_TEXT));
            f.gc.fillText(fitted, lx, cy);
        }
    }
}

package dev.bgsim.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * Everything one repaint needs, fixed for its duration: the canvas, the model, the window, the
 * lane layout, the scroll offset and the selection. Built by the skin, read by the painters and,
 * afterwards, by hit testing (so a click is tested against what was drawn).
 */
final class Frame {
    final GraphicsContext gc;
    final double width;
    final double height;
    final TimelineView view;
    final TimelineModel model;
    final TimelineMetrics metrics;
    final LaneLayout layout;
    final TimeScale scale;
    final TimeFormat format;
    final TextFitter text;
    final long now;
    /** The visible time range, rounded outwards to whole milliseconds. */
    final long t0;
    final long t1;
    final double scrollY;
    final String selectedId;
    final TimelineItem hovered;
    /** The bars this frame drew, in drawing order (a bar drawn twice is listed twice). */
    final List<DrawnBar> drawnBars = new ArrayList<>();

    Frame(GraphicsContext gc, double width, double height, TimelineView view, TimelineModel model,
          TimelineMetrics metrics, double scrollY, TextFitter text) {
        this.gc = gc;
        this.width = width;
        this.height = height;
        this.view = view;
        this.model = model;
        this.metrics = metrics;
        this.layout = new LaneLayout(model.lanes(), metrics);
        this.scale = new TimeScale(view.window(), metrics.headerWidth(), width - metrics.headerWidth());
        this.format = TimeFormat.of(model);
        this.text = text;
        this.now = view.getNow();
        this.t0 = scale.firstTime();
        this.t1 = scale.lastTime();
        this.scrollY = scrollY;
        this.selectedId = view.getSelectedInstance();
        this.hovered = view.getHoveredItem();
    }

    /** Notes that a bar was drawn with its body at {@code x, y, w, h}. */
    void drew(InstanceBar bar, double x, double y, double w, double h) {
        drawnBars.add(new DrawnBar(bar.id(), bar.label(), bar.state(), new BoundingBox(x, y, w, h)));
    }

    Paint paint(TimelineColor color) {
        return view.paint(color);
    }

    /** Top of the lanes area on screen (below the axis). */
    double lanesTop() {
        return metrics.axisHeight();
    }

    /** Left of the lanes area on screen (right of the headers). */
    double lanesLeft() {
        return metrics.headerWidth();
    }

    /** Screen y of a content y. */
    double screenY(double contentY) {
        return metrics.axisHeight() + contentY - scrollY;
    }

    /** Screen y of the top of lane {@code i}. */
    double laneY(int i) {
        return screenY(layout.top(i));
    }

    /** Indexes of the first and one past the last lane on screen. */
    int firstVisibleLane() {
        return layout.firstVisible(scrollY);
    }

    boolean laneBelowScreen(int i) {
        return i >= layout.size() || laneY(i) >= height;
    }

    /** {@code x} clamped a little outside the lanes area, so rectangles never get huge coordinates. */
    double clampX(double x) {
        return Math.max(scale.left() - 4, Math.min(scale.right() + 4, x));
    }

    /**
     * A vertical line {@code width} wide centred on {@code x}, in the fill paint. Lines along the
     * axes are drawn as rectangles: software rendering fills a rectangle far faster than it
     * strokes a line, and the timeline draws hundreds a frame.
     */
    void verticalLine(double x, double y0, double y1, double width) {
        gc.fillRect(x - width / 2, y0, width, y1 - y0);
    }

    /** A horizontal line {@code width} wide centred on {@code y}, in the fill paint (see {@link #verticalLine}). */
    void horizontalLine(double x0, double x1, double y, double width) {
        gc.fillRect(x0, y - width / 2, x1 - x0, width);
    }

    /** A coordinate on the pixel grid, for crisp one-pixel lines. */
    static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}

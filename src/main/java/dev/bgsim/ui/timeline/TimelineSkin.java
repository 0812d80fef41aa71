package dev.bgsim.ui.timeline;

import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * Draws a {@link TimelineView} on one {@link Canvas}, with a vertical scroll bar when the lanes
 * do not fit and a follow-now toggle in the top-left corner.
 *
 * <p>Repainting: every change (model, window, now, selection, hover, style) only marks the canvas
 * dirty and arms an {@link AnimationTimer}; the timer paints once on the next pulse and stops. So
 * however many events an adapter folds into the model in a batch, the canvas is painted at most
 * once a pulse, and not at all while nothing changes.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    private static final double MIN_LANES_WIDTH = 100;
    private static final double PREF_LANES_WIDTH = 800;

    private final Canvas canvas = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final ToggleButton followButton = new ToggleButton("Follow");
    private final Tooltip tooltip = new Tooltip();
    private final TimelinePainter painter = new TimelinePainter();
    private final TextFitter text = new TextFitter();
    private final TimelineModel emptyModel = new TimelineModel();
    private final Runnable modelListener = this::markDirty;
    private final TimelineInput input;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long nanos) {
            if (dirty && !urgent && (nanos - lastPaintNanos < BACKGROUND_FRAME_NANOS
                    || !getSkinnable().backgroundPaintTurn().getAsBoolean())) {
                return;   // keeps running: this change is painted a pulse later
            }
            stop();
            if (dirty) {
                lastPaintNanos = nanos;
                paint();
            }
        }
    };
    /**
     * Changes nobody is waiting for (new events, the clock moving on) are painted at most 30 times
     * a second: under a storm they come every pulse, and each paint is a whole canvas for the
     * renderer, which a 60th of a second later would show hardly a pixel's difference. What the
     * user does (hover, select, zoom, pan, scroll) is painted on the next pulse.
     */
    private static final long BACKGROUND_FRAME_NANOS = 1_000_000_000L / 30;
    private TimelineModel listenedModel;
    private boolean dirty;
    private boolean urgent;
    private long lastPaintNanos = Long.MIN_VALUE / 2;
    private Frame lastFrame;
    private double laidOutContentHeight = -1;
    /** Paints so far, for the test that a burst of changes is painted once. */
    long paintCount;

    public TimelineSkin(TimelineView view) {
        super(view);
        canvas.getStyleClass().add(TimelineStyles.CANVAS);
        scrollBar.getStyleClass().add(TimelineStyles.SCROLL_BAR);
        scrollBar.setOrientation(Orientation.VERTICAL);
        followButton.getStyleClass().add(TimelineStyles.FOLLOW_BUTTON);
        followButton.setFocusTraversable(false);
        followButton.setTooltip(new Tooltip("Keep now in view (F, or double-click the timeline)"));
        followButton.selectedProperty().bindBidirectional(view.followNowProperty());
        tooltip.getStyleClass().add(TimelineStyles.TOOLTIP);
        getChildren().addAll(canvas, scrollBar, followButton);
        watch(view);
        input = new TimelineInput(view, this, canvas);
        input.install();
    }

    private void watch(TimelineView view) {
        // While following, the window moves with the clock: that is background, not the user.
        registerInvalidationListener(view.visibleStartProperty(), o -> {
            if (view.isFollowNow()) {
                markDirty();
            } else {
                markUrgent();
            }
        });
        registerInvalidationListener(view.visibleDurationProperty(), o -> markUrgent());
        registerInvalidationListener(view.followNowProperty(), o -> markUrgent());
        registerInvalidationListener(view.nowProperty(), o -> markDirty());
        registerInvalidationListener(view.selectedInstanceProperty(), o -> {
            revealSelected();
            markUrgent();
        });
        registerInvalidationListener(view.hoveredItemProperty(), o -> markUrgent());
        registerInvalidationListener(view.fontProperty(), o -> relayout());
        registerInvalidationListener(scrollBar.valueProperty(), o -> markUrgent());
        for (TimelineColor color : TimelineColor.values()) {
            registerInvalidationListener(view.colorProperty(color), o -> markUrgent());
        }
        registerChangeListener(view.modelProperty(), o -> modelChanged(view.getModel()));
        modelChanged(view.getModel());
    }

    private void modelChanged(TimelineModel model) {
        if (listenedModel != null) {
            listenedModel.removeListener(modelListener);
        }
        listenedModel = model;
        if (model != null) {
            model.addListener(modelListener);
        }
        getSkinnable().setHoveredItem(null);
        relayout();
    }

    /** Asks for a repaint at the background pace; cheap enough to call on every model change. */
    void markDirty() {
        if (!dirty) {
            dirty = true;
            pulse.start();
        }
    }

    /** Asks for a repaint on the next pulse: the user did something and watches for the answer. */
    private void markUrgent() {
        urgent = true;
        markDirty();
    }

    private void relayout() {
        getSkinnable().requestLayout();
        markUrgent();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineMetrics metrics = metrics();
        double contentHeight = new LaneLayout(model().lanes(), metrics).contentHeight();
        double lanesHeight = Math.max(0, h - metrics.axisHeight());
        boolean scrolling = contentHeight > lanesHeight;
        double barWidth = scrolling ? scrollBar.prefWidth(-1) : 0;
        scrollBar.setVisible(scrolling);
        scrollBar.setMax(Math.max(0, contentHeight - lanesHeight));
        scrollBar.setVisibleAmount(lanesHeight * scrollBar.getMax() / Math.max(1, contentHeight));
        scrollBar.setUnitIncrement(metrics.rowHeight());
        scrollBar.setBlockIncrement(lanesHeight * 0.9);
        scrollBar.resizeRelocate(x + w - barWidth, y + metrics.axisHeight(), barWidth, lanesHeight);
        laidOutContentHeight = contentHeight;
        double bw = Math.min(followButton.prefWidth(-1), metrics.headerWidth() - 8);
        double bh = Math.min(followButton.prefHeight(-1), metrics.axisHeight() - 4);
        followButton.resizeRelocate(x + (metrics.headerWidth() - bw) / 2, y + (metrics.axisHeight() - bh) / 2, bw, bh);
        boolean resized = canvas.getWidth() != w - barWidth || canvas.getHeight() != h;
        canvas.relocate(x, y);
        canvas.setWidth(Math.max(0, w - barWidth));
        canvas.setHeight(Math.max(0, h));
        if (resized) {
            paint();
        }
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + metrics().headerWidth() + MIN_LANES_WIDTH + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + metrics().axisHeight() + metrics().rowHeight() + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + metrics().headerWidth() + PREF_LANES_WIDTH + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + metrics().axisHeight() + new LaneLayout(model().lanes(), metrics()).contentHeight() + bottom;
    }

    /** Paints now, synchronously; the benchmark calls this directly. */
    void paint() {
        dirty = false;
        urgent = false;
        paintCount++;
        text.setFont(getSkinnable().getFont());
        Frame frame = new Frame(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                getSkinnable(), model(), metrics(), scrollBar.getValue(), text);
        painter.paint(frame);
        lastFrame = frame;
        if (frame.layout.contentHeight() != laidOutContentHeight) {
            getSkinnable().requestLayout();
        }
        refreshTooltip();
    }

    /** The item under a point of the canvas, as last painted. */
    TimelineItem itemAt(double x, double y) {
        return lastFrame == null ? null : new HitTester(lastFrame).itemAt(x, y);
    }

    /** Where the body of an instance's bar was last painted, in canvas coordinates, or {@code null}. */
    Bounds barBounds(String instanceId) {
        InstanceBar bar = model().bar(instanceId);
        if (lastFrame == null || bar == null) {
            return null;
        }
        int lane = lastFrame.layout.lanes().indexOf(bar.lane());
        double top = lastFrame.metrics.barTop(lastFrame.screenY(lastFrame.layout.rowTop(lane, bar.row())));
        double xs = lastFrame.scale.x(bar.start());
        double xe = Math.max(xs + 2, lastFrame.scale.x(bar.endOr(lastFrame.now)));
        return new BoundingBox(xs, top, xe - xs, lastFrame.metrics.barHeight());
    }

    /**
     * The bar of an instance as the last repaint drew it, or empty when it was not drawn (not in
     * the window, scrolled out of view, or not painted yet). Its last segment is the one drawn.
     */
    public Optional<DrawnBar> drawnBar(String instanceId) {
        if (lastFrame == null) {
            return Optional.empty();
        }
        DrawnBar found = null;
        for (DrawnBar bar : lastFrame.drawnBars) {
            if (bar.id().equals(instanceId)) {
                found = bar;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Scrolls the lanes so that the selected instance's lane is in view: selected in the tree, the
     * findings tab or by a fire, its bar may be on a lane far below the fold.
     */
    private void revealSelected() {
        String id = getSkinnable().getSelectedInstance();
        InstanceBar bar = id == null || model() == null ? null : model().bar(id);
        if (bar == null) {
            return;
        }
        LaneLayout layout = new LaneLayout(model().lanes(), metrics());
        int i = layout.lanes().indexOf(bar.lane());
        double shown = canvas.getHeight() - metrics().axisHeight();
        if (i < 0 || shown <= 0) {
            return;
        }
        double top = layout.top(i);
        double bottom = top + layout.height(i);
        if (top < scrollBar.getValue()) {
            scrollTo(top);
        } else if (bottom > scrollBar.getValue() + shown) {
            scrollTo(Math.min(top, bottom - shown));
        }
    }

    /**
     * Where a mark was last painted, in canvas coordinates (the middle of its lane's mark strip),
     * or empty when it is outside the drawn window or its lane is scrolled out of view.
     */
    public Optional<javafx.geometry.Point2D> drawnMark(Mark mark) {
        if (lastFrame == null) {
            return Optional.empty();
        }
        int i = lastFrame.layout.lanes().indexOf(mark.lane());
        if (i < 0) {
            return Optional.empty();
        }
        double x = lastFrame.scale.x(mark.time());
        double y = lastFrame.laneY(i) + lastFrame.metrics.markStripHeight() / 2;
        boolean inView = x >= lastFrame.scale.left() && x <= lastFrame.scale.right()
                && y >= lastFrame.metrics.axisHeight() && y < lastFrame.height;
        return inView ? Optional.of(new javafx.geometry.Point2D(x, y)) : Optional.empty();
    }

    /** A point of the canvas on the screen (for clicking a drawn bar). */
    public Point2D canvasToScreen(double x, double y) {
        return canvas.localToScreen(x, y);
    }

    /** The canvas everything is painted on. */
    Canvas canvas() {
        return canvas;
    }

    /**
     * The mapping of the current window to the canvas; not the last frame's, since several input
     * events can arrive between two paints and each must see the window the previous one left.
     */
    private TimeScale currentScale() {
        double header = metrics().headerWidth();
        return new TimeScale(getSkinnable().window(), header, canvas.getWidth() - header);
    }

    /** Simulated ms per pixel of the current window. */
    double msPerPixel() {
        return currentScale().msPerPixel();
    }

    /** The time at canvas x in the current window. */
    double timeAt(double x) {
        return currentScale().time(x);
    }

    double headerWidth() {
        return metrics().headerWidth();
    }

    void scrollLanesBy(double dy) {
        scrollTo(scrollBar.getValue() + dy);
    }

    void scrollTo(double value) {
        scrollBar.setValue(Math.max(scrollBar.getMin(), Math.min(scrollBar.getMax(), value)));
    }

    double scrollValue() {
        return scrollBar.getValue();
    }

    double rowHeight() {
        return metrics().rowHeight();
    }

    void showTooltip(TimelineItem item, double screenX, double screenY) {
        tooltip.setText(TooltipText.describe(item, getSkinnable().getNow(), TimeFormat.of(model())));
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(screenX + 14);
            tooltip.setAnchorY(screenY + 18);
        } else {
            tooltip.show(canvas, screenX + 14, screenY + 18);
        }
    }

    void hideTooltip() {
        tooltip.hide();
    }

    /** The hover tooltip, for tests. */
    Tooltip tooltip() {
        return tooltip;
    }

    private void refreshTooltip() {
        TimelineItem hovered = getSkinnable().getHoveredItem();
        if (tooltip.isShowing() && hovered != null && hovered.isOpen()) {
            tooltip.setText(TooltipText.describe(hovered, getSkinnable().getNow(), TimeFormat.of(model())));
        }
    }

    private TimelineModel model() {
        TimelineModel model = getSkinnable().getModel();
        return model == null ? emptyModel : model;
    }

    private TimelineMetrics metrics() {
        return TimelineMetrics.forFontSize(getSkinnable().getFont().getSize());
    }

    @Override
    public void dispose() {
        pulse.stop();
        tooltip.hide();
        input.uninstall();
        if (listenedModel != null) {
            listenedModel.removeListener(modelListener);
        }
        followButton.selectedProperty().unbindBidirectional(getSkinnable().followNowProperty());
        getChildren().clear();
        super.dispose();
    }
}

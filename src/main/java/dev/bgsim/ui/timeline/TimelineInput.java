package dev.bgsim.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse and keyboard on the timeline. Wheel: zoom around the cursor (over the lane headers:
 * scroll the lanes; horizontal wheel or shift: pan). Drag: pan in time and scroll the lanes, and
 * stop following now. Click: select the bar (or the instance of a mark); click on nothing: clear
 * the selection. Double-click: follow now again. Keys: + and - zoom, left and right pan, up and
 * down scroll the lanes, F follows now, Home shows the whole history, Escape clears the selection.
 */
final class TimelineInput {
    private static final double DRAG_THRESHOLD = 3;
    /** Zoom per wheel notch. */
    private static final double WHEEL_ZOOM = 0.8;
    /** The most one scroll event zooms, whatever a touchpad reports. */
    private static final double MAX_EVENT_ZOOM = 4;
    private static final double KEY_ZOOM = 0.8;
    private static final double KEY_PAN = 0.1;
    private static final double TOOLTIP_DISTANCE = 3;

    private final TimelineView view;
    private final TimelineSkin skin;
    private final Canvas canvas;
    private final EventHandler<KeyEvent> keyHandler = this::keyPressed;
    private double pressX;
    private double pressY;
    private double pressStart;
    private double pressScroll;
    private double pressMsPerPixel;
    private boolean dragging;

    TimelineInput(TimelineView view, TimelineSkin skin, Canvas canvas) {
        this.view = view;
        this.skin = skin;
        this.canvas = canvas;
    }

    void install() {
        canvas.setOnMouseMoved(this::mouseMoved);
        canvas.setOnMouseExited(e -> hover(null, e));
        canvas.setOnMousePressed(this::mousePressed);
        canvas.setOnMouseDragged(this::mouseDragged);
        canvas.setOnMouseReleased(e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.setOnMouseClicked(this::mouseClicked);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::zoomed);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    void uninstall() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    private void mouseMoved(MouseEvent e) {
        hover(skin.itemAt(e.getX(), e.getY()), e);
    }

    private void hover(TimelineItem item, MouseEvent e) {
        if (item != view.getHoveredItem()) {
            view.setHoveredItem(item);
            if (item == null) {
                skin.hideTooltip();
            } else {
                skin.showTooltip(item, e.getScreenX() + TOOLTIP_DISTANCE, e.getScreenY() + TOOLTIP_DISTANCE);
            }
        }
        canvas.setCursor(item instanceof InstanceBar ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void mousePressed(MouseEvent e) {
        view.requestFocus();
        skin.hideTooltip();
        pressX = e.getX();
        pressY = e.getY();
        pressStart = view.getVisibleStart();
        pressScroll = skin.scrollValue();
        pressMsPerPixel = skin.msPerPixel();
        dragging = false;
    }

    private void mouseDragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            view.setHoveredItem(null);
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
        view.setFollowNow(false);
        view.setVisibleStart(pressStart - dx * pressMsPerPixel);
        skin.scrollTo(pressScroll - dy);
    }

    private void mouseClicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            view.setFollowNow(true);
            return;
        }
        TimelineItem item = skin.itemAt(e.getX(), e.getY());
        if (item instanceof InstanceBar bar) {
            view.setSelectedInstance(bar.id());
        } else if (item instanceof Mark mark) {
            if (mark.instanceId() != null) {
                view.setSelectedInstance(mark.instanceId());
            }
            view.markClicked(mark);
        } else if (item == null) {
            view.setSelectedInstance(null);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getX() < skin.headerWidth()) {
            skin.scrollLanesBy(-e.getDeltaY());
        } else if (e.getDeltaY() != 0) {
            view.zoom(wheelZoomFactor(e), skin.timeAt(e.getX()));
        }
        if (e.getDeltaX() != 0 && e.getX() >= skin.headerWidth()) {
            view.panBy(-e.getDeltaX() * skin.msPerPixel());
        }
        e.consume();
    }

    /**
     * Wheel up zooms in. A notch is {@code deltaY / multiplierY}: 40 / 40 on desktops, 1 / 1 with
     * Monocle; the factor is capped so one touchpad flick cannot jump to the end of the range.
     */
    private static double wheelZoomFactor(ScrollEvent e) {
        double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 1);
        double factor = Math.pow(WHEEL_ZOOM, notches);
        return Math.max(1 / MAX_EVENT_ZOOM, Math.min(MAX_EVENT_ZOOM, factor));
    }

    private void zoomed(ZoomEvent e) {
        if (e.getZoomFactor() > 0) {
            view.zoom(1 / e.getZoomFactor(), skin.timeAt(e.getX()));
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double duration = view.getVisibleDuration();
        double centre = view.getVisibleStart() + duration / 2;
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> view.zoom(KEY_ZOOM, centre);
            case MINUS, SUBTRACT -> view.zoom(1 / KEY_ZOOM, centre);
            case LEFT -> view.panBy(-duration * KEY_PAN);
            case RIGHT -> view.panBy(duration * KEY_PAN);
            case UP -> skin.scrollLanesBy(-skin.rowHeight());
            case DOWN -> skin.scrollLanesBy(skin.rowHeight());
            case F -> view.setFollowNow(true);
            case HOME -> view.showAll();
            case ESCAPE -> view.setSelectedInstance(null);
            default -> {
                return;
            }
        }
        e.consume();
    }
}

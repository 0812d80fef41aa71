package dev.bgsim.ui.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The timeline: lanes of state spans, instance bars and marks over simulated time, with zoom,
 * pan, follow-now, hover details and instance selection (SPEC section 5). Drawn by
 * {@link TimelineSkin} on one canvas; coloured by {@code timeline.css} through the
 * {@code -tl-*-color} properties of {@link TimelineColor}.
 *
 * <p>Times are simulated milliseconds since the session start. The window properties are doubles
 * so that zooming and panning stay smooth at millisecond scale. JavaFX thread only.
 */
public class TimelineView extends Control {
    private static final CssMetaData<TimelineView, Font> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(TimelineView view) {
            return !view.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(TimelineView view) {
            return view.font;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> STYLEABLES = styleables();

    private final ObjectProperty<TimelineModel> model = new SimpleObjectProperty<>(this, "model", new TimelineModel());
    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart", 0);
    private final DoubleProperty visibleDuration = new SimpleDoubleProperty(this, "visibleDuration", 60_000) {
        @Override
        public void set(double duration) {
            super.set(TimelineWindow.clampDuration(duration));
        }
    };
    private final BooleanProperty followNow = new SimpleBooleanProperty(this, "followNow", true);
    private final LongProperty now = new SimpleLongProperty(this, "now", 0);
    private final ObjectProperty<String> selectedInstance = new SimpleObjectProperty<>(this, "selectedInstance");
    private java.util.function.Consumer<Mark> onMarkClicked = m -> { };
    private final ReadOnlyObjectWrapper<TimelineItem> hoveredItem = new ReadOnlyObjectWrapper<>(this, "hoveredItem");
    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT, this, "font", Font.getDefault());
    private final Map<TimelineColor, StyleableObjectProperty<Paint>> colors = new EnumMap<>(TimelineColor.class);
    private java.util.function.BooleanSupplier backgroundPaintTurn = () -> true;

    public TimelineView() {
        getStyleClass().add(TimelineStyles.TIMELINE);
        setFocusTraversable(true);
        for (TimelineColor color : TimelineColor.values()) {
            colors.put(color, new SimpleStyleableObjectProperty<>(ColorMetaData.of(color), this, color.cssProperty(), Color.GRAY));
        }
        now.addListener((o, was, is) -> keepNowInView());
        followNow.addListener((o, was, is) -> keepNowInView());
        visibleDuration.addListener((o, was, is) -> keepNowInView());
        keepNowInView();
    }

    public TimelineView(TimelineModel model) {
        this();
        setModel(model);
    }

    /** Zooms by {@code factor} (below 1 zooms in) around {@code anchorTime}; while following, around now. */
    public void zoom(double factor, double anchorTime) {
        if (isFollowNow()) {
            setVisibleDuration(getVisibleDuration() * factor);
        } else {
            setWindow(window().zoomedAround(anchorTime, factor));
        }
    }

    /** Moves the window by {@code millis} (negative: back in time) and stops following now. */
    public void panBy(double millis) {
        setFollowNow(false);
        setWindow(window().pannedBy(millis));
    }

    /** Shows the whole history, from the session start to now, and stops following. */
    public void showAll() {
        setFollowNow(false);
        TimelineModel m = getModel();
        long end = Math.max(getNow(), m == null ? 0 : m.latestTime());
        double duration = TimelineWindow.clampDuration(Math.max(1, end) * 1.04);
        setWindow(new TimelineWindow(-duration * 0.02, duration));
    }

    TimelineWindow window() {
        return new TimelineWindow(getVisibleStart(), getVisibleDuration());
    }

    void setWindow(TimelineWindow window) {
        setVisibleDuration(window.duration());
        setVisibleStart(window.start());
    }

    void setHoveredItem(TimelineItem item) {
        hoveredItem.set(item);
    }

    /** The colour the stylesheet gave to {@code color}. */
    public Paint paint(TimelineColor color) {
        return colors.get(color).get();
    }

    public ObjectProperty<Paint> colorProperty(TimelineColor color) {
        return colors.get(color);
    }

    private void keepNowInView() {
        if (isFollowNow()) {
            setVisibleStart(window().following(getNow()).start());
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineStyles.stylesheetUrl();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLEABLES;
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLEABLES;
    }

    private static List<CssMetaData<? extends Styleable, ?>> styleables() {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
        list.add(FONT);
        for (TimelineColor color : TimelineColor.values()) {
            list.add(ColorMetaData.of(color));
        }
        return Collections.unmodifiableList(list);
    }

    /** One {@code -tl-*-color} property; GRAY only shows when the stylesheet is missing. */
    private static final class ColorMetaData extends CssMetaData<TimelineView, Paint> {
        private static final Map<TimelineColor, ColorMetaData> ALL = new EnumMap<>(TimelineColor.class);
        private final TimelineColor color;

        private ColorMetaData(TimelineColor color) {
            super(color.cssProperty(), StyleConverter.getPaintConverter(), Color.GRAY);
            this.color = color;
        }

        static synchronized ColorMetaData of(TimelineColor color) {
            return ALL.computeIfAbsent(color, ColorMetaData::new);
        }

        @Override
        public boolean isSettable(TimelineView view) {
            return !view.colors.get(color).isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(TimelineView view) {
            return view.colors.get(color);
        }
    }

    // Properties ---------------------------------------------------------------------------------

    /** The read model drawn; {@code null} draws an empty timeline. */
    public ObjectProperty<TimelineModel> modelProperty() {
        return model;
    }

    public TimelineModel getModel() {
        return model.get();
    }

    public void setModel(TimelineModel value) {
        model.set(value);
    }

    /** The first visible time, in simulated ms. */
    public DoubleProperty visibleStartProperty() {
        return visibleStart;
    }

    public double getVisibleStart() {
        return visibleStart.get();
    }

    public void setVisibleStart(double value) {
        visibleStart.set(value);
    }

    /** The visible span of time, in simulated ms (the zoom), kept between 10 ms and 60 days. */
    public DoubleProperty visibleDurationProperty() {
        return visibleDuration;
    }

    public double getVisibleDuration() {
        return visibleDuration.get();
    }

    public void setVisibleDuration(double value) {
        visibleDuration.set(value);
    }

    /** While true, the window scrolls so that now stays in view (near the right edge). Panning turns it off. */
    public BooleanProperty followNowProperty() {
        return followNow;
    }

    public boolean isFollowNow() {
        return followNow.get();
    }

    /**
     * Asked before a repaint nobody waits for (new events, the clock moving on): false puts it
     * off to a later pulse. A window gives the pulse's turn here, so that the canvas is not
     * repainted in the pulse in which a list or tree restyles its rows: each is a large part of
     * the window for the renderer. What the user does is painted at once regardless.
     */
    public void setBackgroundPaintTurn(java.util.function.BooleanSupplier turn) {
        this.backgroundPaintTurn = java.util.Objects.requireNonNull(turn, "turn");
    }

    java.util.function.BooleanSupplier backgroundPaintTurn() {
        return backgroundPaintTurn;
    }

    public void setFollowNow(boolean value) {
        followNow.set(value);
    }

    /** The simulated clock's current time: open items are drawn up to it, and the now line is there. */
    public LongProperty nowProperty() {
        return now;
    }

    public long getNow() {
        return now.get();
    }

    public void setNow(long value) {
        now.set(value);
    }

    /** The id of the selected instance bar (the inspector binds to it), or {@code null}. */
    public ObjectProperty<String> selectedInstanceProperty() {
        return selectedInstance;
    }

    public String getSelectedInstance() {
        return selectedInstance.get();
    }

    public void setSelectedInstance(String value) {
        selectedInstance.set(value);
    }

    /** Called with each mark the user clicks (after its instance is selected); a finding mark opens its finding. */
    public void setOnMarkClicked(java.util.function.Consumer<Mark> handler) {
        onMarkClicked = handler == null ? m -> { } : handler;
    }

    void markClicked(Mark mark) {
        onMarkClicked.accept(mark);
    }

    /** The bar, span or mark under the mouse, or {@code null}. */
    public ReadOnlyObjectProperty<TimelineItem> hoveredItemProperty() {
        return hoveredItem.getReadOnlyProperty();
    }

    public TimelineItem getHoveredItem() {
        return hoveredItem.get();
    }

    /** The font of lane labels, tick labels and bar labels; {@code -fx-font*} in CSS. */
    public ObjectProperty<Font> fontProperty() {
        return font;
    }

    public Font getFont() {
        return font.get();
    }
}

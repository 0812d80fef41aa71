package dev.bgsim.ui.replay;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.theme.UiStyles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The replay's scrubber: play/pause, back to the start, a slider over the recorded session's
 * simulated time, the position and events shown, the speed, and "skip quiet time". Dragging
 * forward shows the events as it goes; a move backwards is applied when the drag ends (going back
 * rebuilds the read models). FX thread only.
 */
final class ScrubberBar {
    /** Replay speeds offered: simulated time against real time. */
    static final List<Double> SPEEDS = List.of(0.25, 1.0, 10.0, 60.0, 600.0, 3600.0);

    /** What the scrubber moves. */
    interface Target {
        ReplayPort port();

        /** Moves the replay to {@code t} (backwards too). */
        void seek(Instant t);
    }

    private final Target target;
    private final ReplayPlayer player = new ReplayPlayer();
    private final Slider slider = new Slider();
    private final Label position = new Label();
    private final Button play = new Button();
    private Instant pendingBack;
    private boolean showingPosition;
    private boolean playing;
    private long lastFrame;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    ScrubberBar(Target target) {
        this.target = target;
    }

    HBox createView(Instant start, Instant end) {
        play.setId("replay-play");
        play.setOnAction(e -> setPlaying(!playing));
        play.setTooltip(ActionFactory.tooltip("Play or pause the replay of the recording"));
        Button rewind = new Button(null, new FontIcon(Material2MZ.SKIP_PREVIOUS));
        rewind.setId("replay-rewind");
        rewind.setTooltip(ActionFactory.tooltip("Back to the start of the recording"));
        rewind.setOnAction(e -> target.seek(target.port().start()));
        Button toEnd = new Button(null, new FontIcon(Material2MZ.SKIP_NEXT));
        toEnd.setId("replay-to-end");
        toEnd.setTooltip(ActionFactory.tooltip("Jump to the end of the recording: everything it holds"));
        toEnd.setOnAction(e -> {
            setPlaying(false);
            target.seek(target.port().end());
        });
        slider.setId("replay-slider");
        slider.setMin(0);
        slider.setMax(Math.max(1, Duration.between(start, end).toMillis()));
        slider.setTooltip(ActionFactory.tooltip("Simulated time of the recording: drag to any moment"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.valueProperty().addListener((o, was, now) -> slid(now.doubleValue()));
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing && pendingBack != null) {
                Instant back = pendingBack;
                pendingBack = null;
                target.seek(back);
            }
        });
        position.setId("replay-position");
        position.getStyleClass().add(UiStyles.MONO);
        position.setMinWidth(Label.USE_PREF_SIZE);
        ChoiceBox<Double> speed = new ChoiceBox<>(FXCollections.observableArrayList(SPEEDS));
        speed.setId("replay-speed");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : d == Math.floor(d) ? String.format("%.0f×", d) : d + "×";
            }

            @Override
            public Double fromString(String s) {
                return Double.parseDouble(s.replace("×", "").trim());
            }
        });
        speed.setValue(1.0);
        speed.valueProperty().addListener((o, was, now) -> player.setSpeed(now));
        speed.setTooltip(ActionFactory.tooltip("Replay speed: simulated time per real second"));
        CheckBox quiet = new CheckBox("Skip quiet time");
        quiet.setId("replay-skip-quiet");
        quiet.setSelected(player.skipQuiet());
        quiet.selectedProperty().addListener((o, was, now) -> player.setSkipQuiet(now));
        quiet.setTooltip(ActionFactory.tooltip("Jump over stretches where nothing was recorded for more than "
                + ReplayPlayer.QUIET.toSeconds() + " s of real time at this speed"));
        Label title = new Label("Replay", new FontIcon(Material2MZ.SLOW_MOTION_VIDEO));
        title.getStyleClass().add(UiStyles.PANEL_TITLE);
        HBox bar = new HBox(8, title, rewind, play, toEnd, slider, position, speed, quiet);
        bar.setId("replay-scrubber");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("bg-panel-header");
        setPlaying(false);
        frames.start();
        return bar;
    }

    /** Stops the frames (the window closed). */
    void stop() {
        frames.stop();
    }

    boolean isPlaying() {
        return playing;
    }

    void setPlaying(boolean on) {
        ReplayPort port = target.port();
        if (on && port.atEnd()) {
            target.seek(port.start());
        }
        playing = on;
        lastFrame = 0;
        play.setGraphic(new FontIcon(on ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW));
    }

    void setSpeed(double speed) {
        player.setSpeed(speed);
    }

    private void frame(long now) {
        ReplayPort port = target.port();
        if (playing) {
            if (lastFrame != 0) {
                target.seek(player.next(port.position(), now - lastFrame, port.nextEventTime()));
            }
            lastFrame = now;
            if (port.atEnd()) {
                setPlaying(false);
            }
        }
        show(port);
    }

    /** Shows where the replay stands (no seek back from the slider's own move). */
    void show(ReplayPort port) {
        double ms = Duration.between(port.start(), port.position()).toMillis();
        if (!slider.isValueChanging() && slider.getValue() != ms) {
            showingPosition = true;
            try {
                slider.setValue(ms);
            } finally {
                showingPosition = false;
            }
        }
        position.setText(elapsed(port.start(), port.position()) + " / " + elapsed(port.start(), port.end())
                + "   " + port.shownCount() + " / " + port.eventCount() + " events");
    }

    private void slid(double ms) {
        if (showingPosition) {
            return;
        }
        ReplayPort port = target.port();
        Instant t = port.start().plusMillis(Math.round(ms));
        if (t.isBefore(port.position()) && slider.isValueChanging()) {
            pendingBack = t;
        } else {
            pendingBack = null;
            target.seek(t);
        }
    }

    /** "T+1:02:03.4". */
    static String elapsed(Instant start, Instant t) {
        Duration d = Duration.between(start, t);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        long days = d.toDays();
        return String.format("T+%s%d:%02d:%02d.%d", days > 0 ? days + "d " : "", d.toHoursPart(), d.toMinutesPart(),
                d.toSecondsPart(), d.toMillisPart() / 100);
    }
}

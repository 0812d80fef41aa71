package dev.bgsim.ui.shell;

import dev.bgsim.ui.session.SimulationStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** The toolbar's clock controls: play/pause, step, speed, time skipping and why it (does not) skip. */
public final class ToolbarViewModel {
    /** The speed factors the speed box offers (SPEC 3.1: 0.25x to 100x). */
    public static final java.util.List<Double> SPEEDS = java.util.List.of(0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 100.0);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd  HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private final UiContext ui;
    private final SimulationStatus status;

    public ToolbarViewModel(UiContext ui, SimulationStatus status) {
        this.ui = ui;
        this.status = status;
    }

    public void togglePause() {
        ui.report(ui.port().pause(!status.pausedProperty().get()));
    }

    public void step() {
        ui.report(ui.port().step());
    }

    public void setSpeed(double speed) {
        if (speed != status.speedProperty().get()) {
            ui.report(ui.port().setSpeed(speed));
        }
    }

    public void setTimeSkipping(boolean on) {
        if (on != status.timeSkippingProperty().get()) {
            ui.report(ui.port().setTimeSkipping(on));
        }
    }

    /** "2026-01-01  08:00:12.500". */
    public StringBinding clockText() {
        return Bindings.createStringBinding(() -> CLOCK.format(status.nowProperty().get()), status.nowProperty());
    }

    /** "T+0:12.5": simulated time since the start. */
    public StringBinding elapsedText() {
        return Bindings.createStringBinding(() -> elapsed(status.startProperty().get(), status.nowProperty().get()),
                status.nowProperty(), status.startProperty());
    }

    static String elapsed(Instant start, Instant now) {
        Duration d = Duration.between(start, now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        long days = d.toDays();
        return String.format("T+%s%d:%02d:%02d", days > 0 ? days + "d " : "", d.toHoursPart(), d.toMinutesPart(),
                d.toSecondsPart());
    }

    public SimulationStatus status() {
        return status;
    }
}

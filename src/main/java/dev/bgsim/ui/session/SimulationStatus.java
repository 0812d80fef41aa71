package dev.bgsim.ui.session;

import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.ui.drain.EventSink;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The clock, the device state and the profile as observable properties, folded from the event
 * stream plus the clock status the GUI polls (simulated time moves between events). FX thread
 * only; views bind to these, and they change at most once a pulse.
 */
public final class SimulationStatus implements EventSink {
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now", Instant.EPOCH);
    private final ObjectProperty<Instant> start = new SimpleObjectProperty<>(this, "start", Instant.EPOCH);
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final BooleanProperty timeSkipping = new SimpleBooleanProperty(this, "timeSkipping", true);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final StringProperty clockMode = new SimpleStringProperty(this, "clockMode", "");
    private final StringProperty clockExplanation = new SimpleStringProperty(this, "clockExplanation", "");
    private final ObjectProperty<DeviceState> device = new SimpleObjectProperty<>(this, "device", DeviceState.initial());
    private final StringProperty profile = new SimpleStringProperty(this, "profile", "desktop");
    private final PayloadDispatch dispatch = new PayloadDispatch();

    public SimulationStatus() {
        dispatch.on(Events.EngineStarted.class, this::engineStarted)
                .on(Events.ClockModeChanged.class, this::clockModeChanged)
                .on(Events.ProfileChanged.class, (e, p) -> profile.set(p.profile()))
                .on(Events.DeviceStateChanged.class, (e, p) -> device.set(DeviceStateReader.read(p.state())));
    }

    @Override
    public void accept(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            dispatch.dispatch(e);
            if (e.simTime().isAfter(now.get())) {
                now.set(e.simTime());
            }
        }
    }

    @Override
    public void pulseEnded(ClockStatus clock) {
        if (clock != null) {
            now.set(clock.now());
            clockMode.set(clock.mode().name());
            clockExplanation.set(clock.explain());
        }
    }

    private void engineStarted(EngineEvent e, Events.EngineStarted p) {
        start.set(p.start());
        now.set(p.start());
        profile.set(p.profile());
        timeSkipping.set(p.timeSkipping());
        speed.set(p.speed());
    }

    private void clockModeChanged(EngineEvent e, Events.ClockModeChanged p) {
        paused.set(p.paused());
        timeSkipping.set(p.timeSkipping());
        speed.set(p.speed());
        clockMode.set(p.mode());
        clockExplanation.set(p.explanation());
    }

    public ObjectProperty<Instant> nowProperty() { return now; }

    /** The simulated start instant: time zero of the timeline. */
    public ObjectProperty<Instant> startProperty() { return start; }

    public BooleanProperty pausedProperty() { return paused; }

    public BooleanProperty timeSkippingProperty() { return timeSkipping; }

    public DoubleProperty speedProperty() { return speed; }

    public StringProperty clockModeProperty() { return clockMode; }

    /** Why time is or is not skipping, in words. */
    public StringProperty clockExplanationProperty() { return clockExplanation; }

    public ObjectProperty<DeviceState> deviceProperty() { return device; }

    public StringProperty profileProperty() { return profile; }
}

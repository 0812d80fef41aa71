package dev.bgsim.ui;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.ui.drain.EventSink;
import dev.bgsim.ui.session.InstanceFolder;
import dev.bgsim.ui.session.RegistryFolder;
import dev.bgsim.ui.session.SessionRegistry;
import dev.bgsim.ui.session.SimulationStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Real event streams for view-model tests: a real engine with {@link TestPackages#weather()} runs
 * what a test asks, and its history is folded into the GUI's read models as the drain would, in
 * one pulse, without JavaFX running.
 */
public final class RecordedSession {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    public final SessionRegistry registry = new SessionRegistry();
    public final SimulationStatus simulation = new SimulationStatus();
    private final List<EventSink> sinks = List.of(simulation, new RegistryFolder(registry), new InstanceFolder(registry));

    /** The history of an engine in which the weather package was loaded and {@code fired} fired (by name) until {@code done}. */
    public static List<EngineEvent> history(Predicate<List<EngineEvent>> done, String... fired) throws Exception {
        try (Engine engine = Engine.start(EngineConfig.defaults())) {
            engine.submit(new Command.LoadPackage(TestPackages.weather())).get(30, TimeUnit.SECONDS);
            for (String name : fired) {
                engine.submit(new Command.FireByName(TestPackages.PACKAGE, name, false, null)).get(30, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (!done.test(engine.history())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the engine did not get there in " + DEADLINE + ": " + engine.history());
                }
                Thread.sleep(20);
            }
            return engine.history();
        }
    }

    /** Whether the history has an event of this type about this registration. */
    public static Predicate<List<EngineEvent>> has(String type, String registration) {
        return events -> events.stream().anyMatch(e -> e.type().equals(type)
                && registration.equals(e.subjects().registrationName()));
    }

    /** Folds events into the read models as one pulse of the drain does. */
    public RecordedSession fold(List<EngineEvent> events) {
        sinks.forEach(s -> s.accept(events));
        sinks.forEach(s -> s.pulseEnded(null));
        return this;
    }
}

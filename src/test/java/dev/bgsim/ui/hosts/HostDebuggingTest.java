package dev.bgsim.ui.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.ui.RecordingPort;
import dev.bgsim.ui.shell.StatusViewModel;
import dev.bgsim.ui.shell.UiContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The host list's debug options and debugger ports, without a stage (SPEC 3.7). */
class HostDebuggingTest {
    private final RecordingPort port = new RecordingPort();
    private final StatusViewModel status = new StatusViewModel();
    private final HostDebugging debugging = new HostDebugging(new UiContext(port, status, Runnable::run));

    @Test
    void tickingDebugHostsSendsTheOptionsForEveryLoadedPackageAndLaterForNewOnes() {
        debugging.set(true, false, false, List.of("A", "B"));
        assertEquals(List.of("debugHosts A on=true wait=false enforce=false", "debugHosts B on=true wait=false enforce=false"),
                port.requests);
        debugging.packagesAre(List.of("A", "B", "C"));
        assertEquals("debugHosts C on=true wait=false enforce=false", port.requests.get(2), "only the new package");
        assertEquals(3, port.requests.size());
        debugging.set(true, true, true, List.of("A", "B", "C"));
        assertEquals(List.of("debugHosts A on=true wait=true enforce=true", "debugHosts B on=true wait=true enforce=true",
                "debugHosts C on=true wait=true enforce=true"), port.requests.subList(3, 6));
        debugging.set(false, true, true, List.of("A", "B", "C"));
        assertEquals("debugHosts C on=false wait=true enforce=true", port.requests.get(8));
        debugging.packagesAre(List.of("A", "B", "C", "D"));
        assertEquals(9, port.requests.size(), "with debug mode off a new package is left alone");
        assertTrue(status.messageProperty().get().startsWith("did debugHosts"), status.messageProperty().get());
    }

    @Test
    void theDebuggerPortOfAHostShowsUntilItStopsOrStartsAgain() {
        int[] refreshes = {0};
        DebugPorts ports = new DebugPorts(() -> refreshes[0]++);
        ports.accept(List.of(event("Demo/default", new Events.HostStarted("CHILD_JVM", "default")),
                event("Demo/default", new Events.HostDebugging("127.0.0.1", 40123, 777, true, false))));
        assertEquals(Optional.of("debugger: 127.0.0.1:40123 (pid 777), waits for it, time limits off"), ports.of("Demo/default"));
        assertEquals(Optional.empty(), ports.of("Demo/group:net"));
        assertEquals(1, refreshes[0]);
        ports.accept(List.of(event("Demo/default", new Events.HostStopped("idle"))));
        assertEquals(Optional.empty(), ports.of("Demo/default"));
        assertEquals(2, refreshes[0]);
    }

    private static EngineEvent event(String host, dev.bgsim.engine.event.EventPayload payload) {
        return new EngineEvent(1, Instant.EPOCH, Instant.EPOCH, new Subjects("Demo", null, null, null, 0, host), payload);
    }
}

package dev.bgsim.ui.hosts;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.ui.drain.EventSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where to attach a debugger, per host: from each {@code HostDebugging} event ("JDWP
 * 127.0.0.1:PORT, pid N"); forgotten when a host of that id starts again (it may start without a
 * debugger) and when it stops. FX thread only (an {@link EventSink} of the event drain).
 */
public final class DebugPorts implements EventSink {
    private final Map<String, String> byHost = new HashMap<>();
    private final Runnable changed;

    /** @param changed runs after a chunk changed what is known (the list refreshes) */
    public DebugPorts(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public void accept(List<EngineEvent> events) {
        boolean any = false;
        for (EngineEvent e : events) {
            String host = e.subjects().hostId();
            if (host == null) {
                continue;
            }
            if (e.payload() instanceof Events.HostDebugging d) {
                byHost.put(host, "debugger: " + d.address() + ":" + d.port() + " (pid " + d.pid() + ")"
                        + (d.waitsForDebugger() ? ", waits for it" : "")
                        + (d.timeLimitsEnforced() ? ", time limits enforced" : ", time limits off"));
                any = true;
            } else if (e.payload() instanceof Events.HostStarted || e.payload() instanceof Events.HostStopped
                    || e.payload() instanceof Events.HostCrashed) {
                any |= byHost.remove(host) != null;
            }
        }
        if (any) {
            changed.run();
        }
    }

    /** Where to attach to host {@code hostId}, if it listens for a debugger. */
    public Optional<String> of(String hostId) {
        return Optional.ofNullable(byHost.get(hostId));
    }
}

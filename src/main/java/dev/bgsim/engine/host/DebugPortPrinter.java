package dev.bgsim.engine.host;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Events;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints where to attach a debugger each time a host starts in debug mode, for the command line
 * ({@code bgsim run --debug-hosts}): one line per host, flushed at once so that a waiting host's
 * port is seen while it waits.
 */
public final class DebugPortPrinter implements EventSubscriber {
    private final PrintWriter out;

    public DebugPortPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEvents(List<EngineEvent> batch) {
        for (EngineEvent e : batch) {
            if (e.payload() instanceof Events.HostDebugging d) {
                out.println(line(e.subjects().hostId(), d));
                out.flush();
            }
        }
    }

    /** "host H (pid N): debugger on 127.0.0.1:PORT, waits for it, time limits off". */
    public static String line(String hostId, Events.HostDebugging d) {
        return "host " + hostId + " (pid " + d.pid() + "): debugger on " + d.address() + ":" + d.port()
                + (d.waitsForDebugger() ? ", waits for it" : "")
                + (d.timeLimitsEnforced() ? ", time limits enforced" : ", time limits off");
    }
}

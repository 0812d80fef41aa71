package dev.bgsim.ui.shell;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.ui.drain.EventSink;
import java.util.List;

/** Shows refusals and failures from the event stream in the status area, in words. */
public final class ProblemSink implements EventSink {
    private final StatusViewModel status;

    public ProblemSink(StatusViewModel status) {
        this.status = status;
    }

    @Override
    public void accept(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            String who = e.subjects().registrationName() != null ? e.subjects().registrationName() : "";
            Object p = e.payload();
            if (p instanceof Events.FireRefused r) {
                status.problem("Did not fire " + who + ": " + r.why());
            } else if (p instanceof Events.RegistrationRefused r) {
                status.problem("Registration " + r.name() + " refused (" + r.reason() + "): " + r.message());
            } else if (p instanceof Events.HostCrashed c) {
                status.problem("Host " + e.subjects().hostId() + " crashed: " + c.why());
            } else if (p instanceof Events.EngineErrorOccurred err) {
                status.problem("Internal simulator error: " + err.message()
                        + " — the event log has the details; please report it.");
            }
        }
    }
}

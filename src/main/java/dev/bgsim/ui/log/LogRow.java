package dev.bgsim.ui.log;

import dev.bgsim.engine.event.EngineEvent;

/**
 * One row of the event log.
 *
 * @param seq     stream position
 * @param time    simulated time, ISO
 * @param type    event type
 * @param subject who it is about ("Name#3", a package, a host)
 * @param details the payload in words
 */
public record LogRow(long seq, String time, String type, String subject, String details) {
    static LogRow of(EngineEvent e) {
        var s = e.subjects();
        String subject = s.registrationName() != null
                ? s.registrationName() + (s.instanceNumber() > 0 ? "#" + s.instanceNumber() : "")
                : s.hostId() != null ? "host " + s.hostId() : s.packageName() != null ? s.packageName() : "";
        String details = e.payload().toString();
        int open = details.indexOf('[');
        if (open >= 0 && details.endsWith("]")) {
            details = details.substring(open + 1, details.length() - 1);
        }
        return new LogRow(e.seq(), e.simTime().toString(), e.type(), subject, details);
    }

    /** The row as one tab-separated line, for copying. */
    public String line() {
        return seq + "\t" + time + "\t" + type + "\t" + subject + "\t" + details;
    }
}

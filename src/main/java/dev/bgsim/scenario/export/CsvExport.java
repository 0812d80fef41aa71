package dev.bgsim.scenario.export;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.record.RecordedSession;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;

/**
 * The event log of a recorded session as CSV (RFC 4180, UTF-8, CRLF): one row per event with
 * its sequence number, simulated time (instant and offset from the start), wall time, type,
 * subjects and a one-line payload summary.
 */
public final class CsvExport {
    /** The header row's columns. */
    public static final List<String> COLUMNS = List.of("seq", "sim_time", "sim_offset", "wall_time", "type", "package",
            "registration", "instance", "host", "payload");

    private final PayloadSummary summary = new PayloadSummary();

    /** Writes the header row and one row per event of {@code session} (the writer is not closed). */
    public void write(RecordedSession session, Writer out) throws IOException {
        out.write(CsvText.record(COLUMNS));
        for (EngineEvent e : session.events()) {
            out.write(CsvText.record(row(e, session)));
        }
        out.flush();
    }

    private List<String> row(EngineEvent e, RecordedSession session) {
        Subjects s = e.subjects();
        Duration offset = Duration.between(session.start(), e.simTime());
        return List.of(Long.toString(e.seq()), e.simTime().toString(), DurationText.format(offset), e.wallTime().toString(),
                e.type(), nullToEmpty(s.packageName()), nullToEmpty(s.registrationName()),
                s.instanceNumber() > 0 ? Integer.toString(s.instanceNumber()) : "", nullToEmpty(s.hostId()),
                summary.of(e));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

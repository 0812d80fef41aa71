package dev.bgsim.scenario.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.scenario.record.RecordedSession;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    private static final Instant T0 = EngineConfig.DEFAULT_START;

    @TempDir
    Path dir;

    @Test
    void oneRowPerEventAfterTheHeaderWithCrlfLineEnds() throws Exception {
        RecordedSession session = RecordedSessions.read(RecordedSessions.saverCancelsRunningTask(dir));
        StringWriter out = new StringWriter();
        new CsvExport().write(session, out);
        List<List<String>> rows = Rfc4180.parse(out.toString());
        assertEquals(CsvExport.COLUMNS, rows.get(0));
        assertEquals(session.events().size() + 1, rows.size());
        assertTrue(out.toString().endsWith("\r\n"));
        List<String> canceled = rows.stream().filter(r -> r.get(4).equals("InstanceCanceled")).findFirst().orElseThrow();
        assertEquals("SampleBackgroundTask", canceled.get(6));
        assertEquals("1", canceled.get(7));
        assertEquals("reason=ENERGY_SAVER", canceled.get(9));
        List<String> cancel = rows.stream().filter(r -> r.get(4).equals("CancelRequested")).findFirst().orElseThrow();
        assertEquals("4.5s", cancel.get(2), "offset from the start in scenario notation");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedSoTheyReadBack() throws Exception {
        String tricky = "said \"hi\", then\r\nleft";
        EngineEvent output = new EngineEvent(1, T0, T0, new Subjects("P,kg", new UUID(0, 1), "Reg", new UUID(0, 2), 1, "h"),
                new Events.TaskOutput("INFO", tricky, "worker"));
        RecordedSession session = new RecordedSession(Optional.empty(), List.of(), List.of(output), 1, Optional.empty());
        StringWriter out = new StringWriter();
        new CsvExport().write(session, out);
        assertTrue(out.toString().contains("\"P,kg\""), out::toString);
        List<String> row = Rfc4180.parse(out.toString()).get(1);
        assertEquals("P,kg", row.get(5));
        assertEquals("level=INFO; message=" + tricky + "; thread=worker", row.get(9));
    }

    @Test
    void longStackTracesKeepTheirFirstLine() throws Exception {
        EngineEvent failed = new EngineEvent(1, T0, T0, Subjects.NONE, new Events.InstanceFailed("java.lang.IllegalStateException",
                "boom", "java.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)\n\tat a.B.d(B.java:2)", "t"));
        StringWriter out = new StringWriter();
        new CsvExport().write(new RecordedSession(Optional.empty(), List.of(), List.of(failed), 1, Optional.empty()), out);
        String payload = Rfc4180.parse(out.toString()).get(1).get(9);
        assertTrue(payload.contains("stackTrace=java.lang.IllegalStateException: boom …"), payload);
    }

    /** A strict RFC 4180 reader for the tests. */
    static final class Rfc4180 {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    assertTrue(c != '"' && c != '\n' && c != '\r', "unquoted special character at " + i);
                    field.append(c);
                }
                i++;
            }
            return rows;
        }
    }
}

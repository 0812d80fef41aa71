package dev.bgsim.scenario.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.scenario.record.RecordedSession;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace of a recorded session parses back as Chrome trace event JSON with the tracks, slices, marks and counters of the session. */
class ChromeTraceExportTest {
    private static final Set<String> PHASES = Set.of("X", "i", "C", "M");

    @TempDir
    static Path dir;

    private static RecordedSession session;
    private static List<JsonNode> events;

    @BeforeAll
    static void exportTheSaverSession() throws Exception {
        session = RecordedSessions.read(RecordedSessions.saverCancelsRunningTask(dir));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceFinding finding = new TraceFinding(new Subjects(RecordedSessions.SAMPLE, null, "SampleBackgroundTask", null, 0, null),
                session.start().plusSeconds(5), "BG999", "warning", "a finding for the test");
        new ChromeTraceExport().write(session, List.of(finding), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertTrue(root.get("traceEvents").isArray(), "a JSON object with a traceEvents array");
        events = StreamSupport.stream(root.get("traceEvents").spliterator(), false).toList();
    }

    @Test
    void everyEventHasWhatTheFormatRequires() {
        assertFalse(events.isEmpty());
        for (JsonNode e : events) {
            assertTrue(e.hasNonNull("ph") && PHASES.contains(e.get("ph").asText()), e::toString);
            assertTrue(e.hasNonNull("ts") && e.get("ts").isNumber() && e.get("ts").decimalValue().signum() >= 0, e::toString);
            assertTrue(e.hasNonNull("pid") && e.get("pid").isInt(), e::toString);
            assertTrue(e.hasNonNull("tid") && e.get("tid").isInt(), e::toString);
            assertTrue(e.hasNonNull("name"), e::toString);
            if (e.get("ph").asText().equals("X")) {
                assertTrue(e.hasNonNull("dur") && e.get("dur").decimalValue().signum() >= 0, e::toString);
            }
            if (e.get("ph").asText().equals("i")) {
                assertEquals("t", e.get("s").asText(), e::toString);
            }
        }
    }

    @Test
    void theInstanceIsASliceWithItsStateAndReasonOnItsRegistrationsTrack() {
        JsonNode slice = only("X", "SampleBackgroundTask#1");
        assertEquals("CANCELED", slice.at("/args/state").asText());
        assertEquals("ENERGY_SAVER", slice.at("/args/reason").asText());
        assertEquals(new BigDecimal("1000000"), slice.get("ts").decimalValue(), "started at 1 s of simulated time, in µs");
        assertEquals("SampleBackgroundTask", threadName(slice.get("pid").asInt(), slice.get("tid").asInt()));
        assertEquals(RecordedSessions.SAMPLE, processName(slice.get("pid").asInt()));
        assertTrue(events.stream().anyMatch(e -> e.get("name").asText().equals("cancel requested (ENERGY_SAVER)")
                && e.get("ts").decimalValue().compareTo(new BigDecimal("4500000")) == 0));
    }

    @Test
    void triggersCancellationsAndFindingsAreInstants() {
        assertTrue(names("i").contains("trigger fired"));
        assertTrue(names("i").contains("cancel requested: ENERGY_SAVER"));
        assertTrue(names("i").contains("canceled: ENERGY_SAVER"));
        assertTrue(names("i").contains("finding BG999"));
        assertTrue(names("i").contains("device: batterySaver, batterySaverActive"), names("i").toString());
    }

    @Test
    void batteryMemoryAndProgressAreCounters() {
        assertTrue(names("C").containsAll(List.of("battery", "battery saver", "memory pressure")), names("C").toString());
        assertTrue(names("C").contains("progress SampleBackgroundTask#1"), names("C").toString());
        JsonNode first = events.stream().filter(e -> e.get("name").asText().equals("battery")).findFirst().orElseThrow();
        assertEquals(80, first.at("/args/percent").asInt());
    }

    @Test
    void hostsAndTheAppHaveTracksOfTheirOwn() {
        List<String> threads = events.stream().filter(e -> e.get("name").asText().equals("thread_name"))
                .map(e -> e.at("/args/name").asText()).toList();
        assertTrue(threads.contains("app"), threads::toString);
        assertTrue(threads.stream().anyMatch(t -> t.startsWith("host " + RecordedSessions.SAMPLE)), threads::toString);
        assertTrue(events.stream().anyMatch(e -> e.get("ph").asText().equals("X") && e.get("name").asText().equals("RUNNING")),
                "the app's RUNNING state as a slice");
    }

    @Test
    void slicesOnOneThreadNestAndNeverPartlyOverlap() {
        Map<String, List<JsonNode>> byThread = new HashMap<>();
        events.stream().filter(e -> e.get("ph").asText().equals("X"))
                .forEach(e -> byThread.computeIfAbsent(e.get("pid") + "/" + e.get("tid"), k -> new ArrayList<>()).add(e));
        byThread.forEach((thread, slices) -> {
            for (JsonNode a : slices) {
                for (JsonNode b : slices) {
                    BigDecimal a0 = a.get("ts").decimalValue();
                    BigDecimal a1 = a0.add(a.get("dur").decimalValue());
                    BigDecimal b0 = b.get("ts").decimalValue();
                    BigDecimal b1 = b0.add(b.get("dur").decimalValue());
                    boolean disjoint = a1.compareTo(b0) <= 0 || b1.compareTo(a0) <= 0;
                    boolean nested = (a0.compareTo(b0) <= 0 && b1.compareTo(a1) <= 0)
                            || (b0.compareTo(a0) <= 0 && a1.compareTo(b1) <= 0);
                    assertTrue(disjoint || nested, thread + ": " + a + " and " + b + " overlap without nesting");
                }
            }
        });
    }

    private JsonNode only(String ph, String name) {
        List<JsonNode> found = events.stream()
                .filter(e -> e.get("ph").asText().equals(ph) && e.get("name").asText().equals(name)).toList();
        assertEquals(1, found.size(), () -> ph + " " + name + ": " + found);
        return found.get(0);
    }

    private List<String> names(String ph) {
        return events.stream().filter(e -> e.get("ph").asText().equals(ph)).map(e -> e.get("name").asText()).toList();
    }

    private String threadName(int pid, int tid) {
        return events.stream().filter(e -> e.get("name").asText().equals("thread_name") && e.get("pid").asInt() == pid
                && e.get("tid").asInt() == tid).map(e -> e.at("/args/name").asText()).findFirst().orElse("?");
    }

    private String processName(int pid) {
        return events.stream().filter(e -> e.get("name").asText().equals("process_name") && e.get("pid").asInt() == pid)
                .map(e -> e.at("/args/name").asText()).findFirst().orElse("?");
    }
}

package dev.bgsim.scenario.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.event.EventJson;
import dev.bgsim.engine.event.UnknownEvent;
import dev.bgsim.scenario.record.RecordingProblem.Kind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingReaderTest {
    private final RecordingLines lines = new RecordingLines();
    private final EventJson json = new EventJson();
    private final RecordingReader reader = new RecordingReader();

    @TempDir
    Path dir;

    private String header() {
        return lines.header(RecordingHeader.of(EngineConfig.defaults(), "t", List.of(),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)));
    }

    private String event(long seq) {
        return json.write(RecordingWriterTest.event(seq));
    }

    private Recording read(String text) throws Exception {
        return reader.read(RecordingFiles.write(dir.resolve("rec.jsonl"), text));
    }

    @Test
    void aMalformedLineIsReportedAsFileAndLineAndTheRestIsRead() throws Exception {
        Recording r = read(header() + "\n" + event(1) + "\n{\"seq\": oops\n" + event(2) + "\n");
        assertEquals(2, r.events().size());
        assertEquals(1, r.problems().size());
        RecordingProblem p = r.problems().get(0);
        assertEquals(Kind.MALFORMED_LINE, p.kind());
        assertEquals(3, p.line());
        assertTrue(p.toString().startsWith(dir.resolve("rec.jsonl") + ":3: not a recording line"), p.toString());
        assertFalse(r.complete());
    }

    @Test
    void aLineThatIsJsonButNoEventIsMalformedToo() throws Exception {
        Recording r = read(header() + "\n{\"hello\":1}\n[1,2]\n" + event(1) + "\n");
        assertEquals(List.of(2, 3), r.problems().stream().map(RecordingProblem::line).toList());
        assertEquals(1, r.events().size());
    }

    @Test
    void aLastLineCutShortIsReportedAndEverythingBeforeItKept() throws Exception {
        String cut = event(3).substring(0, 25);
        Recording r = read(header() + "\n" + event(1) + "\n" + event(2) + "\n" + cut);
        assertEquals(2, r.events().size());
        RecordingProblem p = r.problems().get(0);
        assertEquals(Kind.TRUNCATED_LAST_LINE, p.kind());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("2 events before it are kept"), p.message());
    }

    @Test
    void aCompleteLastLineWithoutItsNewlineIsKept() throws Exception {
        Recording r = read(header() + "\n" + event(1) + "\n" + event(2));
        assertEquals(2, r.events().size());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void anUnknownEventTypeIsKeptAsUnknownAndNotedOncePerType() throws Exception {
        String future = "{\"seq\":%d,\"sim\":\"2026-01-01T08:00:00Z\",\"wall\":\"2026-11-25T10:00:00Z\","
                + "\"type\":\"QuantumTunnelOpened\",\"payload\":{\"width\":3}}";
        Recording r = read(header() + "\n" + event(1) + "\n" + future.formatted(2) + "\n" + future.formatted(3) + "\n");
        assertEquals(3, r.events().size());
        assertTrue(r.events().get(1).payload() instanceof UnknownEvent u && u.fields().get("width").equals(3));
        assertEquals(List.of(Kind.UNKNOWN_EVENT_TYPE), r.problems().stream().map(RecordingProblem::kind).toList());
        assertTrue(r.complete(), "unknown types lose nothing");
    }

    @Test
    void aNewerFormatIsReadAsFarAsItGoesWithANote() throws Exception {
        String newer = header().replace("\"bgsimRecording\":1", "\"bgsimRecording\":7");
        Recording r = read(newer + "\n" + event(1) + "\n");
        assertEquals(1, r.events().size());
        assertEquals(Kind.NEWER_FORMAT, r.problems().get(0).kind());
        assertTrue(r.problems().get(0).message().contains("format 7"));
    }

    @Test
    void eventsWithoutAHeaderAreReadWithANote() throws Exception {
        Recording r = read(event(1) + "\n" + event(2) + "\n");
        assertEquals(2, r.events().size());
        assertEquals(Kind.MISSING_HEADER, r.problems().get(0).kind());
        assertTrue(r.session(1).header().isEmpty());
    }

    @Test
    void missingSequenceNumbersAreReported() throws Exception {
        Recording r = read(header() + "\n" + event(1) + "\n" + event(5) + "\n");
        assertEquals(Kind.SEQUENCE_GAP, r.problems().get(0).kind());
        assertTrue(r.problems().get(0).message().contains("#2 to #4"));
    }

    @Test
    void windowsLineEndingsAndBlankLinesAreFine() throws Exception {
        Recording r = read(header() + "\r\n\r\n" + event(1) + "\r\n" + event(2) + "\r\n");
        assertEquals(2, r.events().size());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void anEmptyFileIsReported() throws Exception {
        Recording r = read("");
        assertTrue(r.sessions().isEmpty());
        assertEquals(Kind.EMPTY, r.problems().get(0).kind());
    }

    @Test
    void askingForASessionThatIsNotThereSaysHowManyThereAre() throws Exception {
        Recording r = read(header() + "\n" + event(1) + "\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> r.session(2));
        assertTrue(e.getMessage().contains("has 1 session"), e.getMessage());
    }
}

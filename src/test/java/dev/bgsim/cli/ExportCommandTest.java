package dev.bgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventJson;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.scenario.record.RecordingHeader;
import dev.bgsim.scenario.record.RecordingLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private Path recording(String... extraLines) throws Exception {
        EventJson json = new EventJson();
        String header = new RecordingLines().header(RecordingHeader.of(EngineConfig.defaults(), "cli", List.of(), Clock.systemUTC()));
        EngineEvent started = new EngineEvent(1, EngineConfig.DEFAULT_START, EngineConfig.DEFAULT_START, Subjects.NONE,
                new Events.EngineStarted("desktop", EngineConfig.DEFAULT_START, true, 1.0, Map.of("batteryPercent", 100)));
        StringBuilder text = new StringBuilder(header).append('\n').append(json.write(started)).append('\n');
        for (String line : extraLines) {
            text.append(line).append('\n');
        }
        Path file = dir.resolve("rec.jsonl");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void traceGoesBesideTheRecordingAndItsPathIsPrinted() throws Exception {
        Path rec = recording();
        CommandRun run = CommandRun.bgsim("export", rec.toString(), "--to", "trace");
        assertEquals(0, run.exitCode(), run::toString);
        Path trace = dir.resolve("rec.trace.json");
        assertEquals(trace.toAbsolutePath() + "\n", run.out());
        assertTrue(new ObjectMapper().readTree(trace.toFile()).get("traceEvents").isArray());
    }

    @Test
    void csvAndScenarioGoWhereOutSays() throws Exception {
        Path rec = recording();
        Path csv = dir.resolve("out/log.csv");
        CommandRun run = CommandRun.bgsim("export", rec.toString(), "--to", "csv", "--out", csv.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(csv).startsWith("seq,sim_time,"));
        CommandRun scenario = CommandRun.bgsim("export", rec.toString(), "--to", "scenario");
        assertEquals(0, scenario.exitCode(), scenario::toString);
        assertTrue(Files.exists(dir.resolve("rec.scenario.json")));
        assertTrue(scenario.err().contains("note: the recording names no package files"), scenario::toString);
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLineAndTheRestIsExported() throws Exception {
        Path rec = recording("{not json");
        CommandRun run = CommandRun.bgsim("export", rec.toString(), "--to", "csv");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(rec + ":3: not a recording line"), run::toString);
    }

    @Test
    void anUnknownFormatIsOneLineThatListsTheFormats() throws Exception {
        CommandRun run = CommandRun.bgsim("export", recording().toString(), "--to", "pdf");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown export format 'pdf'; use one of: trace, scenario, csv, png"), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
    }

    @Test
    void aMissingRecordingOrSessionIsBadInput() throws Exception {
        CommandRun missing = CommandRun.bgsim("export", dir.resolve("nope.jsonl").toString(), "--to", "trace");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("bgsim export: cannot read"), missing::toString);
        CommandRun session = CommandRun.bgsim("export", recording().toString(), "--to", "trace", "--session", "3");
        assertEquals(2, session.exitCode());
        assertTrue(session.err().contains("there is no session 3; give --session 1 to 1"), session::toString);
    }
}

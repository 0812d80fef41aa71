package dev.bgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.SampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of recordings (SPEC 6.1): a run where battery saver cancels the official sample's
 * task is recorded, exported as a scenario, and that scenario replays the session and passes.
 */
class RecordExportReplayTest {
    @TempDir
    Path dir;

    @Test
    void aRecordedSaverRunExportedAsAScenarioPassesWhenRun() throws Exception {
        Path scenario = SampleFiles.samplesDir().resolve("official-sample/scenarios/battery-saver-cancels.json");
        Path recording = dir.resolve("saver.jsonl");
        CommandRun recorded = CommandRun.bgsim("run", scenario.toString(), "--record", recording.toString());
        assertEquals(0, recorded.exitCode(), recorded::toString);

        CommandRun exported = CommandRun.bgsim("export", recording.toString(), "--to", "scenario");
        assertEquals(0, exported.exitCode(), exported::toString);
        Path replay = dir.resolve("saver.scenario.json");
        assertEquals(replay.toAbsolutePath() + "\n", exported.out());
        String text = Files.readString(replay);
        assertTrue(text.contains("\"reason\": \"ENERGY_SAVER\""), text);
        assertTrue(text.contains("{\"at\": \"4.5s\", \"do\": \"set\", \"batterySaver\": \"on\"}"), text);

        CommandRun replayed = CommandRun.bgsim("run", replay.toString());
        assertEquals(0, replayed.exitCode(), () -> replayed + "\n--- scenario\n" + text);
        assertTrue(replayed.out().strip().endsWith("3 passed, 0 failed"), replayed::toString);
    }

    @Test
    void theSameRecordingExportsAsTraceCsvAndPng() throws Exception {
        Path scenario = SampleFiles.samplesDir().resolve("official-sample/scenarios/battery-saver-cancels.json");
        Path recording = dir.resolve("saver.jsonl");
        assertEquals(0, CommandRun.bgsim("run", scenario.toString(), "--record", recording.toString()).exitCode());
        assertEquals(0, CommandRun.bgsim("export", recording.toString(), "--to", "trace").exitCode());
        assertEquals(0, CommandRun.bgsim("export", recording.toString(), "--to", "csv").exitCode());
        CommandRun png = CommandRun.bgsim("export", recording.toString(), "--to", "png");
        assertEquals(0, png.exitCode(), png::toString);
        assertTrue(javax.imageio.ImageIO.read(dir.resolve("saver.png").toFile()).getHeight() > 200);
        assertTrue(Files.readString(dir.resolve("saver.trace.json")).startsWith("{\"traceEvents\":["));
        assertTrue(Files.readString(dir.resolve("saver.csv")).contains(",InstanceCanceled,"));
    }

    @Test
    void theTraceMarksWhatTheCheckerFindsInTheRecording() throws Exception {
        Path scenario = SampleFiles.samplesDir().resolve("cancellation-gallery/scenarios/deferral-never-completed.json");
        Path recording = dir.resolve("leak.jsonl");
        assertEquals(0, CommandRun.bgsim("run", scenario.toString(), "--record", recording.toString()).exitCode());
        assertEquals(0, CommandRun.bgsim("export", recording.toString(), "--to", "trace").exitCode());
        String trace = Files.readString(dir.resolve("leak.trace.json"));
        assertTrue(trace.contains("\"cat\":\"finding\""), "a finding instant in the trace");
    }
}

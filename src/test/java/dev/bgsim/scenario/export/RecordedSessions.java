package dev.bgsim.scenario.export;

import dev.bgsim.SampleFiles;
import dev.bgsim.engine.Command;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingHeader;
import dev.bgsim.scenario.record.RecordingReader;
import dev.bgsim.scenario.record.RecordingWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Real sessions recorded for export tests, driving the engine as a user would. */
final class RecordedSessions {
    static final String SAMPLE = "Samples.BackgroundTask";

    private RecordedSessions() {
    }

    /**
     * SPEC 6.2's example as a user would click it: on battery at 80 %, launch the official sample's
     * app, fire SampleBackgroundTask at 1 s, battery saver on at 4.5 s; recorded until 8 s.
     */
    static Path saverCancelsRunningTask(Path dir) throws Exception {
        Path file = dir.resolve("saver.jsonl");
        EngineConfig config = EngineConfig.defaults().withStartPaused(true)
                .withDevice(DeviceState.initial().withPower(PowerSource.BATTERY).withBatteryPercent(80).withInternet(true));
        RecordingHeader header = RecordingHeader.of(config, "battery saver cancels the sample task", List.of(),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        try (EngineHarness h = EngineHarness.start(config);
             RecordingWriter writer = RecordingWriter.create(file, header).attachTo(h.engine())) {
            h.ok(new Command.LoadPackageFile(SampleFiles.officialSampleJar()));
            h.app(SAMPLE, AppAction.LAUNCH);
            h.runFor(Duration.ofSeconds(1));
            h.fire("SampleBackgroundTask");
            h.runFor(Duration.ofMillis(4500));
            h.device(d -> d.withSaver(BatterySaverMode.ON));
            h.runFor(Duration.ofSeconds(8));
        }
        return file;
    }

    static RecordedSession read(Path file) throws Exception {
        Recording recording = new RecordingReader().read(file);
        if (!recording.problems().isEmpty()) {
            throw new AssertionError("the recording has problems: " + recording.problems());
        }
        return recording.session(1);
    }
}

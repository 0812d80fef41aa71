package dev.bgsim.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.SampleFiles;
import dev.bgsim.engine.Command;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.RecordingHeader;
import dev.bgsim.scenario.record.RecordingReader;
import dev.bgsim.scenario.record.RecordingWriter;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded session's timeline drawn off screen (Monocle headless in the build) and written as a PNG. */
class TimelinePngExportTest {
    @TempDir
    Path dir;

    @Test
    void theTimelineOfARecordedSessionIsAPngWithEveryLane() throws Exception {
        RecordedSession session = recordSaverSession();
        Path png = dir.resolve("out/saver.png");
        new TimelinePngExport().write(session, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) TimelinePngExport.WIDTH, image.getWidth());
        assertTrue(image.getHeight() > 200, "app, device, host and registration lanes: " + image.getHeight() + " px");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, "something is drawn: " + colours.size() + " colours");
    }

    private RecordedSession recordSaverSession() throws Exception {
        Path file = dir.resolve("saver.jsonl");
        EngineConfig config = EngineConfig.defaults().withStartPaused(true)
                .withDevice(DeviceState.initial().withPower(PowerSource.BATTERY).withBatteryPercent(80));
        try (EngineHarness h = EngineHarness.start(config);
             RecordingWriter writer = RecordingWriter.create(file, RecordingHeader.of(config, "png", List.of(),
                     Clock.systemUTC())).attachTo(h.engine())) {
            h.ok(new Command.LoadPackageFile(SampleFiles.officialSampleJar()));
            h.app("Samples.BackgroundTask", AppAction.LAUNCH);
            h.fire("SampleBackgroundTask");
            h.runFor(Duration.ofSeconds(3));
            h.device(d -> d.withSaver(BatterySaverMode.ON));
            h.runFor(Duration.ofSeconds(8));
        }
        return new RecordingReader().read(file).session(1);
    }
}

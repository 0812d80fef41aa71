package dev.bgsim.scenario.record;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The child JVM of {@link RecordingKillTest}: runs an engine with a recording and changes the
 * device state over and over, printing {@code shown N} each time event N is flushed (what a user
 * would have seen), until it is killed. Stops by itself after a while in case nobody kills it.
 */
public final class RecordingChildMain {
    private RecordingChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        EngineConfig config = EngineConfig.defaults().withStartPaused(true);
        long stopAt = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Engine engine = Engine.start(config);
             RecordingWriter writer = RecordingWriter.create(file, RecordingHeader.of(config, "kill test", List.of(),
                     Clock.systemUTC())).attachTo(engine)) {
            long shown = 0;
            for (int i = 0; System.nanoTime() < stopAt; i++) {
                int percent = 100 - i % 100;
                engine.submit(new Command.SetDevice(d -> d.withBatteryPercent(percent))).get(10, TimeUnit.SECONDS);
                long flushed = writer.lastFlushedSeq();
                if (flushed != shown) {
                    shown = flushed;
                    System.out.println("shown " + shown);
                    System.out.flush();
                }
            }
        }
    }
}

package dev.bgsim.scenario.bench;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.scenario.record.RecordingWriter;
import dev.bgsim.sdk.TimeTrigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code eventsPerSecond}: events the engine emits per second of real time while one subscriber
 * records them to a JSON Lines file (flushed per batch): 2 simulated days of a 15-minute
 * TimeTrigger task that reports progress 1 to 100 and sleeps a second (about 20,000 events),
 * timed from the RunUntil command until the recording holds every event. The same run goes
 * first to warm up (the JSON codec needs a few thousand events before it is compiled).
 *
 * <p>Goal, a modest one: at least {@value #GOAL} events/s. A simulated week of a 15-minute task
 * (the timeSkip7Days workload) emits about 3,400 events, so at this rate its recording costs a
 * third of a second; a task flooding progress at 1x speed emits far fewer than 10,000 events
 * per second of real time, so the recorder keeps up with a live session. Measured 22,000 to
 * 35,000 on the 2-core build machine under load, about 47,000 without the subscriber: the
 * JSON codec, not the engine, sets the pace.
 */
public final class EventsPerSecond implements Benchmark {
    static final double GOAL = 10_000;

    @Override
    public String name() {
        return "eventsPerSecond";
    }

    @Override
    public String description() {
        return "events per second with one subscriber recording to JSON Lines (progress-heavy 15-minute task, 2 simulated days)";
    }

    @Override
    public Measurement run() throws Exception {
        measure(2);
        return Measurement.atLeast(name(), measure(2), "events/s", GOAL);
    }

    private static double measure(int days) throws Exception {
        Path file = Files.createTempFile("bgsim-bench-events", ".jsonl");
        try (BenchEngine bench = new BenchEngine();
             RecordingWriter recorder = RecordingWriter.create(file);
             Subscription subscription = bench.engine().subscribe(recorder, true)) {
            bench.load(BasicPackage.builder("Bench.Events")
                    .task(ChattyTask.class, "timer")
                    .registration("Chatty", ChattyTask.class, new TimeTrigger(15, false))
                    .build());
            int expected = days * 24 * 4;
            long started = System.nanoTime();
            bench.ok(new Command.RunUntil(bench.start().plus(Duration.ofDays(days)).plusSeconds(2)));
            long lastSeq = bench.await(expected + " instances completed", s -> s.quiescent()
                    && s.instances().stream().filter(i -> i.state() == InstanceState.COMPLETED).count() == expected)
                    .lastSeq();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (recorder.eventsWritten() < lastSeq) {
                if (System.nanoTime() > deadline || recorder.failure().isPresent()) {
                    throw new IllegalStateException("the recording holds " + recorder.eventsWritten() + " of " + lastSeq
                            + " events" + recorder.failure().map(e -> ": " + e.getMessage()).orElse(""));
                }
                LockSupport.parkNanos(100_000);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return lastSeq / seconds;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

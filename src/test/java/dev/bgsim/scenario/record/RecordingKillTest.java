package dev.bgsim.scenario.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a recording bgsim (SPEC 6.1): a child JVM records an engine; once it has
 * shown enough events it is killed without warning, and the file must open with every event it
 * had shown.
 */
class RecordingKillTest {
    private static final long EVENTS_BEFORE_KILL = 300;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aKilledBgsimLeavesARecordingWithEveryEventItHadShown() throws Exception {
        Path file = dir.resolve("killed.jsonl");
        Path stderr = dir.resolve("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecordingChildMain.class.getName(), file.toString())
                .redirectError(stderr.toFile())
                .start();
        AtomicLong shown = new AtomicLong();
        Thread reader = new Thread(() -> readShown(child, shown), "kill-test-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (shown.get() < EVENTS_BEFORE_KILL) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("the child showed " + shown.get() + " events (alive: " + child.isAlive()
                            + "); its stderr:\n" + Files.readString(stderr));
                }
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS), "the child did not die");
        }
        long lastShown = shown.get();

        Recording recording = new RecordingReader().read(file);
        assertTrue(recording.problems().stream().allMatch(p -> p.kind() == RecordingProblem.Kind.TRUNCATED_LAST_LINE),
                "at most the last line may be cut: " + recording.problems());
        assertEquals(1, recording.sessions().size());
        List<Long> seqs = recording.events().stream().map(e -> e.seq()).toList();
        assertTrue(seqs.size() >= lastShown, "shown " + lastShown + " events but only " + seqs.size() + " are in the file");
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(i + 1, seqs.get(i), "events are in order with no gap");
        }
        assertEquals("kill test", recording.session(1).header().orElseThrow().title());
    }

    private static void readShown(Process child, AtomicLong shown) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("shown ")) {
                    shown.set(Long.parseLong(line.substring(6).trim()));
                }
            }
        } catch (java.io.IOException e) {
            // The child was killed: its stdout ends here.
        }
    }
}

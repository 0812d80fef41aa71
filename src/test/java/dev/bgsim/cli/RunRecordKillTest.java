package dev.bgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingProblem;
import dev.bgsim.scenario.record.RecordingReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real {@code bgsim run --record} (SPEC 6.1, issue 9): a separate
 * {@code java} process runs a long scenario with a recording; once the file holds enough lines
 * it is killed with SIGKILL ({@link Process#destroyForcibly()} on Linux). Every whole line of the
 * file must parse, a cut-short last line must be reported as such, and every event the file held
 * before the kill, and every step the run had printed, must be in it with no gap.
 */
class RunRecordKillTest {
    private static final int LINES_BEFORE_KILL = 400;
    private static final int STEPS = 40_000;
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void aKilledRecordingRunLeavesAFileWithEverythingItHadShown() throws Exception {
        Path scenario = longScenario(dir.resolve("long.json"));
        Path file = dir.resolve("killed.jsonl");
        Path stderr = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.bgsim.Main",
                "run", scenario.toString(), "--record", file.toString())
                .redirectError(stderr.toFile())
                .start();
        List<String> printed = new CopyOnWriteArrayList<>();
        Thread out = new Thread(() -> readLines(child, printed), "kill-test-stdout");
        out.setDaemon(true);
        out.start();
        long linesAtKill;
        try {
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (wholeLines(file) < LINES_BEFORE_KILL) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("the run wrote " + wholeLines(file) + " lines (alive: " + child.isAlive()
                            + "); stderr:\n" + Files.readString(stderr) + "\nstdout:\n" + String.join("\n", printed));
                }
                LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
            }
            assertTrue(child.isAlive(), "the run must still be recording when it is killed");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS), "the child did not die");
        }
        out.join(TimeUnit.SECONDS.toMillis(10));
        linesAtKill = wholeLines(file);
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");

        ObjectMapper json = new ObjectMapper();
        String text = Files.readString(file);
        List<String> whole = text.lines().limit(wholeLines(file)).toList();
        long eventsOnDisk = 0;
        for (String line : whole) {
            JsonNode node = json.readTree(line);
            assertTrue(node.isObject(), "every whole line is a JSON object: " + line);
            if (node.has("seq")) {
                eventsOnDisk++;
            }
        }
        Recording recording = new RecordingReader().read(file);
        boolean cut = !text.isEmpty() && !text.endsWith("\n");
        List<RecordingProblem> problems = recording.problems();
        assertEquals(cut ? List.of(RecordingProblem.Kind.TRUNCATED_LAST_LINE) : List.of(),
                problems.stream().map(RecordingProblem::kind).toList(), problems::toString);
        if (cut) {
            assertTrue(problems.get(0).toString().startsWith(file + ":" + (whole.size() + 1) + ": the last line is cut short"),
                    problems.get(0)::toString);
        }
        assertEquals(1, recording.sessions().size());
        List<Long> seqs = recording.events().stream().map(e -> e.seq()).toList();
        assertEquals(eventsOnDisk, seqs.size(), "every whole event line is read");
        assertTrue(linesAtKill >= LINES_BEFORE_KILL);
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(i + 1, seqs.get(i), "events in order from the first, none lost before the cut");
        }
        // Every step the run printed before it died had its events recorded: the runner lets the
        // recorder catch up before the console shows a step.
        long printedSteps = printed.stream().filter(l -> l.contains("batteryPercent")).count();
        assertTrue(printedSteps >= 1, "the run printed steps before it was killed: " + printed);
        java.time.Instant lastShown = recording.session(1).start().plusSeconds(printedSteps);
        assertTrue(recording.events().stream().anyMatch(e -> e.type().equals("DeviceStateChanged")
                        && e.simTime().equals(lastShown)),
                "the device change of step " + printedSteps + ", the last one printed, is in the recording");
    }

    /** Steps that each change the battery level, one a second, far more than the test waits for. */
    private static Path longScenario(Path file) throws Exception {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= STEPS; i++) {
            steps.append(i == 1 ? "" : ",\n").append("    {\"at\": \"").append(i).append("s\", \"do\": \"set\", \"batteryPercent\": ")
                    .append(level(i)).append("}");
        }
        String jar = dev.bgsim.SampleFiles.officialSampleJar().toAbsolutePath().toString().replace("\\", "/");
        Files.writeString(file, "{\n  \"name\": \"a long run to kill\",\n  \"packages\": [\"" + jar + "\"],\n  \"initial\": {\"power\": \"battery\", \"batteryPercent\": 100},\n"
                + "  \"steps\": [\n" + steps + "\n  ]\n}\n");
        return file;
    }

    /** 2..99 and round again, never the initial 100, so each step is a change. */
    private static int level(int step) {
        return 2 + step % 98;
    }

    /** Lines ended by a newline so far. */
    private static long wholeLines(Path file) throws java.io.IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static void readLines(Process child, List<String> into) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                into.add(line);
            }
        } catch (java.io.IOException killed) {
            // The child's stdout ends with it.
        }
    }
}

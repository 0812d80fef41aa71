package dev.bgsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's done-when, as a user types it: {@code java -jar target/bgsim.jar run
 * sample-tasks/*}{@code /scenarios/*.json} in a real process, on the shaded jar the package phase
 * built, with child-JVM task hosts as a user gets them. Runs in {@code integration-test}
 * (maven-failsafe-plugin), because the jar does not exist yet when surefire runs.
 *
 * <p>{@link SampleScenariosTest} runs the same files in-process, one test per file, which names the
 * failing scenario; this one proves the jar, its command line and its summary line.
 */
class SampleScenariosJarIT {
    /** A run of every sample took about 40 s on an idle 2-core machine; a loaded one is far slower. */
    private static final long DEADLINE_MINUTES = 15;
    /** Issue 7: at least 20 scenarios in all. */
    private static final int MINIMUM_SCENARIOS = 20;

    private final Path samples = Path.of(System.getProperty("bgsim.samples.dir", "sample-tasks"));
    private final Path jar = Path.of(System.getProperty("bgsim.jar", "target/bgsim.jar"));

    @Test
    void theRealJarPassesEverySampleScenario() throws Exception {
        assertTrue(Files.isRegularFile(jar), jar.toAbsolutePath() + " is built by the package phase, before this test");
        List<Path> scenarios = scenarioFiles();
        assertTrue(scenarios.size() >= MINIMUM_SCENARIOS,
                "issue 7 asks for at least " + MINIMUM_SCENARIOS + " sample scenarios, found " + scenarios.size() + ": " + scenarios);

        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString(), "run"));
        scenarios.forEach(f -> command.add(f.toString()));
        Path log = Files.createTempFile("bgsim-sample-scenarios", ".log");
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()) // a file, not a pipe: a full pipe would stall the child
                .start();

        boolean ended = child.waitFor(DEADLINE_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            fail("bgsim run did not end within " + DEADLINE_MINUTES + " minutes\n" + output(command, log));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), () -> "exit status\n" + output(command, log));
        String expectedSummary = expectations(scenarios) + " passed, 0 failed";
        assertEquals(expectedSummary, lastLine(out),
                () -> "the summary counts every expectation of every scenario\n" + output(command, log));
        Files.deleteIfExists(log);
    }

    /** Issue 7's other done-when, on the jar: the official sample's two manifests declare the same tasks. */
    @Test
    void theRealJarInspectsTheOfficialSamplesTwoManifestsAlike() throws Exception {
        Path official = samples.resolve("official-sample");
        JsonNode jar = inspect(official.resolve("target/official-sample.jar"));
        JsonNode appx = inspect(official.resolve("appx/Package.appxmanifest"));
        assertEquals(tasks(jar), tasks(appx), "entry points and task types of the jar's manifest and the appxmanifest");
        assertEquals(List.of("tasks.SampleBackgroundTask [\"systemEvent\",\"timer\"]", "tasks.ServicingComplete [\"systemEvent\"]"),
                tasks(jar));
    }

    private JsonNode inspect(Path file) throws Exception {
        List<String> command = List.of(javaExecutable(), "-jar", jar.toString(), "inspect", "--json", file.toString());
        Path log = Files.createTempFile("bgsim-inspect", ".json");
        Process child = new ProcessBuilder(command).redirectOutput(log.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(DEADLINE_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            fail("bgsim inspect did not end\n" + output(command, log));
        }
        assertEquals(0, child.exitValue(), () -> output(command, log));
        JsonNode root = new ObjectMapper().readTree(log.toFile());
        Files.deleteIfExists(log);
        return root;
    }

    private static List<String> tasks(JsonNode inspected) {
        List<String> tasks = new ArrayList<>();
        inspected.path("backgroundTasks").forEach(t -> tasks.add(t.path("entryPoint").asText() + " " + t.path("taskTypes")));
        return tasks;
    }

    private List<Path> scenarioFiles() throws IOException {
        assertTrue(Files.isDirectory(samples), samples.toAbsolutePath() + " holds the sample packages");
        try (Stream<Path> files = Files.walk(samples, 3)) {
            return files.filter(f -> f.getParent() != null && f.getParent().getFileName().toString().equals("scenarios"))
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    /** One expectation is one line of output and one count in the summary (docs/scenario-format.md). */
    private static int expectations(List<Path> scenarios) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int count = 0;
        for (Path file : scenarios) {
            for (JsonNode step : json.readTree(file.toFile()).path("steps")) {
                if (step.has("expect")) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }

    private static String output(List<String> command, Path log) {
        String text;
        try {
            text = Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "(could not read " + log + ": " + e + ")";
        }
        return "--- " + String.join(" ", command) + "\n" + text + "--- end of bgsim run's output";
    }
}

package dev.bgsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.parse.ScenarioParser;
import dev.bgsim.scenario.report.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every sample scenario ({@code sample-tasks/NAME/scenarios/*.json}) with the real package
 * loader against the sample jars the build made: adding a scenario file adds a test.
 *
 * <p>Two kinds are not asserted to pass, each visibly: scenarios whose name says they need
 * child-JVM hosts are skipped (run in this JVM, a task's {@code System.exit} would end the test
 * run), and the {@link #KNOWN_TO_FAIL} ones run and are skipped with their failures printed, until
 * they pass, when the test fails to say the entry must go.
 */
class SampleScenariosTest {
    /** What marks a scenario that needs the hosts issue's child JVMs. */
    private static final String NEEDS_CHILD_JVM_HOSTS = "(needs child-JVM hosts)";

    /** Sample scenarios the engine and the sample disagree on, file name → why; each must fail until fixed. */
    private static final Map<String, String> KNOWN_TO_FAIL = Map.of();

    static Stream<Arguments> sampleScenarios() throws IOException {
        String dir = System.getProperty("bgsim.samples.dir", "sample-tasks");
        Path samples = Path.of(dir);
        if (!Files.isDirectory(samples)) {
            return noScenarios(samples);
        }
        try (Stream<Path> files = Files.walk(samples, 3)) {
            List<Path> scenarios = files
                    .filter(f -> f.getParent() != null && f.getParent().getFileName().toString().equals("scenarios"))
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
            if (scenarios.isEmpty()) {
                return noScenarios(samples);
            }
            return scenarios.stream().map(f -> Arguments.of(samples.relativize(f).toString(), f));
        }
    }

    /** One placeholder case that is skipped, so an empty sample set reads as skipped, not as an error. */
    private static Stream<Arguments> noScenarios(Path samples) {
        return Stream.of(Arguments.of("no sample scenarios under " + samples.toAbsolutePath(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleScenarios")
    void sampleScenarioHolds(String name, Path file) {
        Assumptions.assumeTrue(file != null, name + " (sample-tasks/*/scenarios/*.json): nothing to run");
        Scenario scenario = parse(file);
        assumeFalse(scenario.name().contains(NEEDS_CHILD_JVM_HOSTS),
                "needs child-JVM hosts (hosts issue): in this JVM a task's System.exit or heap cap cannot be contained");

        ScenarioResult result = new ScenarioRunner(RunOptions.standard()).run(scenario, RunListener.NONE);

        String knownFailure = KNOWN_TO_FAIL.get(file.getFileName().toString());
        if (knownFailure != null) {
            assertFalse(result.held(), file.getFileName() + " now holds: remove it from KNOWN_TO_FAIL");
            abort("known to fail: " + knownFailure + "\n" + RunnerScenarios.console(result));
        }
        assertTrue(result.held(), () -> RunnerScenarios.console(result));
    }

    private static Scenario parse(Path file) {
        try {
            return new ScenarioParser().parse(file);
        } catch (ScenarioException e) {
            throw new AssertionError("sample scenario " + file + " is invalid:\n" + e.getMessage(), e);
        }
    }
}

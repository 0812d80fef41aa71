package dev.bgsim.scenario.run;

import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.parse.ScenarioParser;
import dev.bgsim.scenario.report.ConsoleReport;
import dev.bgsim.scenario.report.ScenarioResult;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The runner's test scenarios (src/test/resources/scenario/run), parsed and run with the test package opener. */
public final class RunnerScenarios {

    private RunnerScenarios() {
    }

    /** The file of test scenario {@code name} ({@code complete} for complete.json). */
    public static Path file(String name) {
        URL url = RunnerScenarios.class.getResource("/scenario/run/" + name + ".json");
        if (url == null) {
            throw new IllegalArgumentException("no test scenario " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder of the test scenarios. */
    public static Path folder() {
        return file("complete").getParent();
    }

    /** Test scenario {@code name}, parsed. */
    public static Scenario parse(String name) {
        try {
            return new ScenarioParser().parse(file(name));
        } catch (ScenarioException e) {
            throw new AssertionError("test scenario " + name + " is invalid:\n" + e.getMessage(), e);
        }
    }

    /** Runs test scenario {@code name} with {@code options}. */
    public static ScenarioResult run(String name, RunOptions options) {
        return new ScenarioRunner(options).run(parse(name), RunListener.NONE);
    }

    /** Runs test scenario {@code name} with the test packages. */
    public static ScenarioResult run(String name) {
        return run(name, RunOptions.with(TestPackages.opener()));
    }

    /** The console lines of a result, for assertion messages. */
    public static String console(ScenarioResult result) {
        return String.join("\n", new ConsoleReport().scenarioLines(result));
    }
}

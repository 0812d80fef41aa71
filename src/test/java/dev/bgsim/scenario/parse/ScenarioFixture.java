package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.ExpectationStep;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.ScenarioError;
import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.Step;
import dev.bgsim.scenario.action.Action;
import dev.bgsim.scenario.expect.Expectation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A folder with a package file {@code pkg.jar} and a scenario file {@code test.json} next to it,
 * and short ways to parse scenario text there.
 *
 * <p>Test JSON is written with single quotes, which stand for double quotes, so that it reads
 * without escapes. Steps given to {@link #withSteps} start on line 4, column 5, one per line.
 */
final class ScenarioFixture {

    /** The line of the first step in {@link #withSteps}. */
    static final int FIRST_STEP_LINE = 4;

    final Path folder;
    final Path file;

    ScenarioFixture(Path folder) {
        this.folder = folder.toAbsolutePath();
        this.file = this.folder.resolve("test.json");
        createFile("pkg.jar");
    }

    /** Creates an (empty) file in the folder, for paths that must exist. */
    Path createFile(String name) {
        try {
            Path path = folder.resolve(name);
            Files.createDirectories(path.getParent());
            return Files.writeString(path, "placeholder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Single quotes to double quotes. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** A scenario loading pkg.jar with these steps, one per line from line 4. */
    static String withSteps(String... steps) {
        return json("{\n"
                + "  'packages': ['pkg.jar'],\n"
                + "  'steps': [\n"
                + Arrays.stream(steps).map(s -> "    " + s).collect(Collectors.joining(",\n"))
                + "\n  ]\n}\n");
    }

    Scenario parse(String scenarioJson) {
        try {
            return new ScenarioParser().parse(scenarioJson, file);
        } catch (ScenarioException e) {
            return fail("expected a valid scenario, got:\n" + e.getMessage());
        }
    }

    /** The action of a scenario with this one step. */
    Action action(String step) {
        Step only = onlyStep(step);
        if (only instanceof ActionStep actionStep) {
            return actionStep.action();
        }
        return fail("not an action step: " + only);
    }

    /** The expectation of a scenario with one step {@code {"at": at, "expect": expect}}. */
    Expectation expectation(String at, String expect) {
        Step only = onlyStep("{'at': '" + at + "', 'expect': " + expect + "}");
        if (only instanceof ExpectationStep expectationStep) {
            return expectationStep.expectation();
        }
        return fail("not an expectation step: " + only);
    }

    private Step onlyStep(String step) {
        List<Step> steps = parse(withSteps(step)).steps();
        assertEquals(1, steps.size(), "steps");
        return steps.get(0);
    }

    /** Every error of an invalid scenario, each as {@code line:col: problem; remedy}. */
    List<String> errors(String scenarioJson) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioParser().parse(scenarioJson, file));
        return e.errors().stream().map(ScenarioFixture::brief).toList();
    }

    /** The only error of an invalid scenario. */
    String error(String scenarioJson) {
        List<String> errors = errors(scenarioJson);
        assertEquals(1, errors.size(), () -> "expected one error, got:\n" + String.join("\n", errors));
        return errors.get(0);
    }

    static String brief(ScenarioError error) {
        return error.location().line() + ":" + error.location().column() + ": " + error.problem() + "; " + error.remedy();
    }
}

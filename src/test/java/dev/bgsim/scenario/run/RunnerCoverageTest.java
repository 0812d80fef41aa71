package dev.bgsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.ExpectationStep;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.action.Action;
import dev.bgsim.scenario.device.DeviceSetting;
import dev.bgsim.scenario.expect.Expectation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runner's test scenarios use every action, every expectation and every device field the parser knows. */
class RunnerCoverageTest {

    @Test
    void everyActionExpectationAndDeviceFieldIsExercised() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Scenario scenario : testScenarios()) {
            scenario.initial().forEach(s -> used.add(s.getClass().getSimpleName()));
            scenario.steps().forEach(step -> {
                if (step instanceof ActionStep a) {
                    used.add(a.action().getClass().getSimpleName());
                    if (a.action() instanceof dev.bgsim.scenario.action.SetDevice set) {
                        set.settings().forEach(s -> used.add(s.getClass().getSimpleName()));
                    }
                } else {
                    used.add(((ExpectationStep) step).expectation().getClass().getSimpleName());
                }
            });
        }
        Set<String> known = new TreeSet<>();
        leaves(Action.class, known);
        leaves(Expectation.class, known);
        leaves(DeviceSetting.class, known);

        Set<String> missing = new TreeSet<>(known);
        missing.removeAll(used);
        // Needs a package read from a jar and child-JVM hosts, which the runner's test packages
        // (built in code, run in bgsim's JVM) are not: IsolatedAppScenarioTest runs it on a real jar.
        missing.remove(dev.bgsim.scenario.action.RunIsolated.class.getSimpleName());
        assertEquals(Set.of(), missing, "kinds no runner test scenario uses");
    }

    private static void leaves(Class<?> type, Set<String> into) {
        if (!type.isSealed()) {
            into.add(type.getSimpleName());
            return;
        }
        for (Class<?> sub : type.getPermittedSubclasses()) {
            leaves(sub, into);
        }
    }

    private static Iterable<Scenario> testScenarios() throws IOException {
        try (Stream<Path> files = Files.list(RunnerScenarios.folder())) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .map(f -> f.getFileName().toString().replace(".json", ""))
                    .sorted()
                    .map(RunnerScenarios::parse)
                    .toList();
        }
    }
}

package dev.bgsim.scenario.report;

import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.ExpectationStep;
import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.scenario.RegistrationRef;
import dev.bgsim.scenario.SourceLocation;
import dev.bgsim.scenario.action.FireRegistration;
import dev.bgsim.scenario.action.Launch;
import dev.bgsim.scenario.expect.AppState;
import dev.bgsim.scenario.expect.AppStateExpectation;
import dev.bgsim.scenario.expect.InstanceExpectation;
import dev.bgsim.scenario.expect.InstanceState;
import dev.bgsim.scenario.expect.LocalSettingExpectation;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A run of two scenarios, the first with a failed expectation and a failed action, for the writer tests. */
final class SampleResults {

    static final Path BATTERY_FILE = Path.of("scenarios", "battery-saver.json");
    static final Path LAUNCH_FILE = Path.of("scenarios", "launch.json");
    /** Markup, a character XML cannot hold (BEL), a non-BMP character and a line break. */
    static final String AWKWARD_TEXT = "<tag> & \"quotes\" ]]> bell\u0007 rocket\uD83D\uDE80\nsecond line";

    private SampleResults() {
    }

    static RunSummary twoScenarios() {
        return new RunSummary(List.of(batterySaver(), launchOnly()));
    }

    static ScenarioResult batterySaver() {
        ActionStep launch = new ActionStep(Duration.ZERO, new Launch("Samples.BackgroundTask"), at(BATTERY_FILE, 8));
        ActionStep fire = new ActionStep(Duration.ofSeconds(1),
                new FireRegistration(RegistrationRef.named("Missing"), false, Map.of()), at(BATTERY_FILE, 9));
        ExpectationStep canceled = new ExpectationStep(Duration.ofSeconds(4), new InstanceExpectation(
                new InstanceRef(RegistrationRef.named("SampleBackgroundTask"), 1), Optional.of(InstanceState.CANCELED),
                Optional.of(BackgroundTaskCancellationReason.ENERGY_SAVER), OptionalInt.empty(), OptionalInt.empty()),
                at(BATTERY_FILE, 11));
        ExpectationStep setting = new ExpectationStep(Duration.ofSeconds(10), new LocalSettingExpectation(
                "Samples.BackgroundTask", "SampleBackgroundTask", true, "Canceled with reason: ENERGY_SAVER"),
                at(BATTERY_FILE, 13));
        return new ScenarioResult("battery saver cancels the sample task", BATTERY_FILE, List.of(
                StepOutcome.done(launch, "app RUNNING"),
                StepOutcome.failed(fire, "a registration named Missing", "no registration named Missing",
                        List.of("0.000s AppStateChanged Samples.BackgroundTask RUNNING")),
                StepOutcome.passed(canceled, "state CANCELED, reason ENERGY_SAVER", "state CANCELED, reason ENERGY_SAVER"),
                StepOutcome.failed(setting, "\"Canceled with reason: ENERGY_SAVER\"", AWKWARD_TEXT,
                        List.of("3.000s DeviceStateChanged batterySaver=on", "3.000s CancelRequested SampleBackgroundTask#1 ENERGY_SAVER"))),
                List.of(new ReportedFinding("BG101", "warning", "SampleBackgroundTask#1",
                        Duration.ofSeconds(3), "the task added no canceled listener before starting work")),
                Duration.ofSeconds(10), Duration.ofMillis(1234));
    }

    static ScenarioResult launchOnly() {
        ActionStep launch = new ActionStep(Duration.ZERO, new Launch("P"), at(LAUNCH_FILE, 5));
        ExpectationStep running = new ExpectationStep(Duration.ofMillis(1500),
                new AppStateExpectation("P", AppState.RUNNING), at(LAUNCH_FILE, 6));
        return new ScenarioResult("launch", LAUNCH_FILE, List.of(
                StepOutcome.done(launch, ""),
                StepOutcome.passed(running, "RUNNING", "RUNNING")),
                List.of(), Duration.ofMillis(1500), Duration.ofMillis(5));
    }

    private static SourceLocation at(Path file, int line) {
        return new SourceLocation(file, line, 5);
    }
}

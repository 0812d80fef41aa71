package dev.bgsim.scenario.run;

import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.report.ScenarioResult;
import dev.bgsim.scenario.report.StepOutcome;
import java.util.List;

/**
 * Hears about a run as it goes, so that a console can print each step when it has run. Called
 * on the thread that runs the scenario.
 */
public interface RunListener {

    /** Hears nothing. */
    RunListener NONE = new RunListener() {
    };

    /** The scenario is about to start. */
    default void scenarioStarted(Scenario scenario) {
    }

    /** A step has run (or, after the run stopped, an expectation was given up). */
    default void stepFinished(StepOutcome outcome) {
    }

    /**
     * The engine recorded internal errors during the scenario (engine bugs, also in the event
     * stream as EngineErrorOccurred); the steps' outcomes stand, but say so.
     */
    default void engineErrors(Scenario scenario, List<Throwable> errors) {
    }

    /** The scenario has ended. */
    default void scenarioFinished(ScenarioResult result) {
    }

    /** This listener, then {@code next}, for every call. */
    default RunListener andThen(RunListener next) {
        RunListener first = this;
        return new RunListener() {
            @Override
            public void scenarioStarted(Scenario scenario) {
                first.scenarioStarted(scenario);
                next.scenarioStarted(scenario);
            }

            @Override
            public void stepFinished(StepOutcome outcome) {
                first.stepFinished(outcome);
                next.stepFinished(outcome);
            }

            @Override
            public void engineErrors(Scenario scenario, List<Throwable> errors) {
                first.engineErrors(scenario, errors);
                next.engineErrors(scenario, errors);
            }

            @Override
            public void scenarioFinished(ScenarioResult result) {
                first.scenarioFinished(result);
                next.scenarioFinished(result);
            }
        };
    }
}

package dev.bgsim.scenario.run;

import dev.bgsim.checker.Finding;
import dev.bgsim.engine.EngineSnapshot;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.workspace.Workspace;
import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.ExpectationStep;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.Step;
import dev.bgsim.scenario.report.ReportedFinding;
import dev.bgsim.scenario.report.ScenarioResult;
import dev.bgsim.scenario.report.StepOutcome;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs a parsed scenario headless (SPEC 6.2): starts a paused engine on the scenario's profile,
 * loads its packages, applies {@code initial}, then for each step runs the simulated clock to the
 * step's time (everything due by then has happened and task code is quiet) and carries out its
 * action or checks its expectation there. Deterministic for tasks that use {@code TaskClock}: the
 * same scenario gives the same events.
 *
 * <p>A step that names something the simulator does not have, or needs an engine command that
 * does not exist yet, fails with a message saying so; it never passes by being skipped. If the
 * run cannot go on (the engine stops answering), the remaining expectations are reported as not
 * checked. Holds no state between runs; one runner may run many scenarios, one at a time.
 */
public final class ScenarioRunner {
    private final RunOptions options;

    /** A runner that opens packages, subscribes and picks workspaces as {@code options} say. */
    public ScenarioRunner(RunOptions options) {
        this.options = options;
    }

    /**
     * What stands in the way of running the scenario that can be found without running it: a
     * custom profile that cannot be read, a package that cannot be opened. One line each.
     */
    public List<String> problems(Scenario scenario) {
        return new RunSetup(scenario).problems(options.packages());
    }

    /** Runs the scenario to its last step and says how each step came out. */
    public ScenarioResult run(Scenario scenario, RunListener listener) {
        long wallStart = System.nanoTime();
        listener.scenarioStarted(scenario);
        RunSetup setup = new RunSetup(scenario);
        List<StepOutcome> outcomes = new ArrayList<>();
        Duration simulated = Duration.ZERO;
        List<ReportedFinding> findings = List.of();
        try (ScenarioPackages packages = new ScenarioPackages(options.packages());
             EngineSession session = new EngineSession(setup.engineConfig(), workspace())) {
            for (EventSubscriber subscriber : options.subscribers()) {
                session.subscribe(subscriber);
            }
            Steps steps = new Steps(session, packages, outcomes, listener);
            try {
                setup.loadPackagesAndAccess(session, packages);
            } catch (RunStoppedException stopped) {
                steps.giveUp(scenario.steps(), 0, stopped);
            }
            steps.runAll(scenario.steps());
            simulated = steps.elapsed().orElse(Duration.ZERO);
            steps.finish();
            findings = steps.findings();
            if (!session.engineErrors().isEmpty()) {
                listener.engineErrors(scenario, session.engineErrors());
            }
        } catch (UncheckedIOException | IllegalArgumentException | NotSupportedYetException e) {
            // The engine could not even be configured (profile, initial state): nothing ran.
            new Steps(null, null, outcomes, listener).giveUp(scenario.steps(), 0,
                    new RunStoppedException("the scenario could not start: " + e.getMessage(), e));
        }
        ScenarioResult result = new ScenarioResult(scenario.name(), scenario.source(), outcomes, findings, simulated,
                Duration.ofNanos(System.nanoTime() - wallStart));
        listener.scenarioFinished(result);
        return result;
    }

    /** The run's workspace: the folder the options name, or a fresh one in memory (nothing persists, SPEC 7). */
    private Workspace workspace() {
        return options.workspace().map(Workspace::open).orElseGet(Workspace::inMemory);
    }

    /** Runs steps one after another and gives up the rest when the run stops. */
    private static final class Steps {
        private final EngineSession session;
        private final ActionExecutor actions;
        private final ExpectationChecker expectations;
        private final List<StepOutcome> outcomes;
        private final RunListener listener;
        private boolean stopped;

        Steps(EngineSession session, ScenarioPackages packages, List<StepOutcome> outcomes, RunListener listener) {
            this.session = session;
            this.actions = session == null ? null : new ActionExecutor(session, packages);
            this.expectations = session == null ? null : new ExpectationChecker(session.settings(), session::findingsThrough);
            this.outcomes = outcomes;
            this.listener = listener;
        }

        /** Runs every step in order; when the run stops, gives up the step it stopped in and the expectations after it. */
        void runAll(List<Step> steps) {
            if (stopped) {
                return;
            }
            for (int i = 0; i < steps.size(); i++) {
                try {
                    run(steps.get(i));
                } catch (RunStoppedException e) {
                    giveUp(steps, i, e);
                    return;
                }
            }
        }

        private void run(Step step) {
            session.runTo(session.start().plus(step.at()));
            SimulatorState state = state();
            record(step instanceof ExpectationStep e ? check(e, state) : act((ActionStep) step, state));
        }

        private StepOutcome check(ExpectationStep step, SimulatorState state) {
            try {
                Check check = expectations.check(step.expectation(), state);
                return check.held()
                        ? StepOutcome.passed(step, check.expected(), check.seen())
                        : StepOutcome.failed(step, check.expected(), check.seen(), recent(state, check.concerns()));
            } catch (UnknownSubjectException | NotSupportedYetException e) {
                return StepOutcome.failed(step, step.describe(), e.getMessage(),
                        recent(state, expectations.concerns(step.expectation())));
            }
        }

        private StepOutcome act(ActionStep step, SimulatorState state) {
            try {
                return StepOutcome.done(step, actions.execute(step, state));
            } catch (UnknownSubjectException | NotSupportedYetException | UncheckedIOException
                     | IllegalArgumentException e) {
                return StepOutcome.failed(step, "to " + step.describe(), "could not: " + e.getMessage(),
                        recent(state(), event -> true));
            }
        }

        /** Reports step {@code from} (which the run stopped in) and every expectation after it as not checked. */
        void giveUp(List<Step> steps, int from, RunStoppedException why) {
            stopped = true;
            String seen = "not checked: the run stopped " + (session == null ? "before it started" : "at " + now())
                    + ": " + why.getMessage();
            for (int i = from; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (i == from || step instanceof ExpectationStep) {
                    record(StepOutcome.failed(step, step.describe(), seen, List.of()));
                }
            }
        }

        /** Simulated time since the start, if the engine still answers. */
        Optional<Duration> elapsed() {
            try {
                return Optional.of(Duration.between(session.start(), session.clock().now()));
            } catch (RunStoppedException e) {
                return Optional.empty();
            }
        }

        /** Lets every subscriber receive the whole run; a stuck subscriber is given up on. */
        void finish() {
            try {
                session.drainSubscribers();
            } catch (RunStoppedException e) {
                // The run's outcome stands; the recording may be incomplete, which the recorder's own checks report.
            }
        }

        /**
         * Every finding of the run, in stream order: through the last event when the engine still
         * answers, otherwise whatever the checker had folded when the run stopped.
         */
        List<ReportedFinding> findings() {
            List<Finding> found;
            try {
                found = session.findingsThrough(session.query(EngineSnapshot::lastSeq));
            } catch (RunStoppedException e) {
                found = session.findingsSoFar();
            }
            return found.stream().map(f -> new ReportedFinding(f.ruleId(), f.severity().label(), f.subject(),
                    Duration.between(session.start(), f.simTime()), f.message())).toList();
        }

        private String now() {
            return elapsed().map(DurationText::format).orElse("an unknown time");
        }

        private SimulatorState state() {
            return new SimulatorState(session.awaitQuiet(), session.history(), session.start());
        }

        private List<String> recent(SimulatorState state, Predicate<EngineEvent> concerns) {
            Instant start = state.start();
            return RecentEvents.lines(state.events(), concerns, start);
        }

        private void record(StepOutcome outcome) {
            outcomes.add(outcome);
            if (session != null && !stopped) {
                // A step the console shows must already be in the recording (SPEC 6.1: a kill -9 loses nothing shown).
                finish();
            }
            listener.stepFinished(outcome);
        }
    }
}

package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.ExpectationStep;
import dev.bgsim.scenario.SourceLocation;
import dev.bgsim.scenario.Step;
import dev.bgsim.scenario.action.Action;
import dev.bgsim.scenario.action.Advance;
import dev.bgsim.scenario.expect.Expectation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code steps} array: each step's time, its action or expectation, and the rule that
 * time never goes backwards (steps in non-decreasing {@code at} order, and none inside an
 * earlier {@code advance}).
 */
final class StepReader {

    private static final String AT_EXAMPLE = "\"at\": \"0s\" (simulated time since the start)";

    private final ActionReader actions;
    private final ExpectationReader expectations = new ExpectationReader();
    private final Problems problems;

    StepReader(ActionReader actions, Problems problems) {
        this.actions = actions;
        this.problems = problems;
    }

    List<Step> read(LocatedArray array) {
        List<Step> steps = new ArrayList<>();
        Optional<TimeFloor> floor = Optional.empty();
        for (LocatedValue item : array.items()) {
            if (!(item instanceof LocatedObject object)) {
                problems.add(item.location(), "a step must be an object, not " + item.describe(),
                        "write {\"at\": \"1s\", \"do\": \"fire\", \"registration\": \"MyTask\"}"
                                + " or {\"at\": \"2s\", \"expect\": {...}}");
                continue;
            }
            Optional<Duration> at = at(object);
            if (at.isPresent()) {
                floor.ifPresent(f -> f.check(object.location(), at.get(), problems));
            }
            Optional<Step> step = body(object, at);
            step.ifPresent(steps::add);
            if (at.isPresent()) {
                floor = Optional.of(nextFloor(at.get(), step, object.location()));
            }
        }
        return steps;
    }

    private Optional<Duration> at(LocatedObject object) {
        // Checks "at" alone; the action or expectation reader checks the step's other fields.
        FieldReader envelope = new FieldReader(object, "the step", problems, fieldsOf(object));
        envelope.require("at", AT_EXAMPLE);
        return envelope.duration("at");
    }

    private Optional<Step> body(LocatedObject object, Optional<Duration> at) {
        boolean hasDo = object.has("do");
        boolean hasExpect = object.has("expect");
        if (hasDo && hasExpect) {
            problems.add(object.location(), "the step has both \"do\" and \"expect\"",
                    "split it into two steps at the same time: one that acts, one that checks");
            return Optional.empty();
        }
        if (hasDo) {
            return action(object).flatMap(action -> at.map(a -> new ActionStep(a, action, object.location())));
        }
        if (hasExpect) {
            return expectation(object, at).flatMap(e -> at.map(a -> new ExpectationStep(a, e, object.location())));
        }
        problems.add(object.location(), "the step neither does nor expects anything",
                "add \"do\": an action (" + String.join(", ", actions.verbs()) + "), or \"expect\": {...}");
        return Optional.empty();
    }

    private Optional<Action> action(LocatedObject object) {
        FieldReader envelope = new FieldReader(object, "the step", problems, fieldsOf(object));
        Optional<String> verb = envelope.string("do");
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        if (!actions.knows(verb.get())) {
            Vocabulary<String> verbs = Vocabulary.ofStrings("action", actions.verbs());
            problems.add(envelope.value("do").orElseThrow().location(), verbs.unknown(verb.get()), verbs.remedy(verb.get()));
            return Optional.empty();
        }
        return actions.read(verb.get(), object, problems);
    }

    private Optional<Expectation> expectation(LocatedObject object, Optional<Duration> at) {
        FieldReader step = new FieldReader(object, "an \"expect\" step", problems, List.of("at", "expect", "comment"));
        Optional<LocatedObject> body = step.object("expect",
                "{\"registration\": \"MyTask\", \"instance\": 1, \"state\": \"COMPLETED\"}");
        return body.flatMap(b -> expectations.read(b, at, problems));
    }

    private static TimeFloor nextFloor(Duration at, Optional<Step> step, SourceLocation location) {
        if (step.isPresent() && step.get() instanceof ActionStep actionStep
                && actionStep.action() instanceof Advance advance) {
            Duration end = at.plus(advance.by());
            return new TimeFloor(end, "falls inside the advance of " + DurationText.format(advance.by())
                    + " at " + DurationText.format(at) + " on line " + location.line()
                    + ", which ends at " + DurationText.format(end));
        }
        return new TimeFloor(at, "comes before the step at " + DurationText.format(at) + " on line " + location.line());
    }

    private static List<String> fieldsOf(LocatedObject object) {
        return object.members().stream().map(LocatedObject.Member::name).toList();
    }

    /** The earliest time the next step may have, and how to say that a step breaks it. */
    private record TimeFloor(Duration earliest, String breach) {

        void check(SourceLocation step, Duration at, Problems problems) {
            if (at.compareTo(earliest) >= 0) {
                return;
            }
            problems.add(step, "step at " + DurationText.format(at) + " " + breach,
                    "steps run in time order: give it \"at\": \"" + DurationText.format(earliest)
                            + "\" or later, or move it up");
        }
    }
}

package dev.bgsim.checker;

import dev.bgsim.checker.live.FindingSink;
import dev.bgsim.checker.live.LiveRule;
import dev.bgsim.checker.live.LiveRules;
import dev.bgsim.checker.live.StreamFacts;
import dev.bgsim.engine.event.EngineEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The live checker as a fold over the event stream: feed it events in stream order, it answers
 * the findings each one raised. Findings depend on the events alone, so a run, its recording and
 * its replay give the same findings. Not thread-safe: one thread feeds it (see
 * {@link EngineChecker} for a checker attached to a running engine).
 */
public final class GuidelineChecker {
    private final RuleCatalogue catalogue;
    private final List<LiveRule> rules;
    private final StreamFacts facts = new StreamFacts();

    public GuidelineChecker(RuleCatalogue catalogue, List<LiveRule> rules) {
        this.catalogue = catalogue;
        this.rules = List.copyOf(rules);
    }

    /** The standard catalogue and every live rule. */
    public static GuidelineChecker standard() {
        return new GuidelineChecker(RuleCatalogue.standard(), LiveRules.standard());
    }

    /** The findings of a whole stream (a recording, a test's events), in order. */
    public static List<Finding> check(List<EngineEvent> events) {
        return standard().acceptAll(events);
    }

    /** Folds in the next event; answers what it raised (usually nothing). */
    public List<Finding> accept(EngineEvent event) {
        FindingSink sink = new FindingSink(catalogue, event);
        for (LiveRule rule : rules) {
            rule.check(event, facts, sink);
        }
        facts.update(event);
        return sink.found();
    }

    /** Folds in events in order; answers everything they raised. */
    public List<Finding> acceptAll(List<EngineEvent> events) {
        List<Finding> found = new ArrayList<>();
        for (EngineEvent event : events) {
            found.addAll(accept(event));
        }
        return found;
    }
}

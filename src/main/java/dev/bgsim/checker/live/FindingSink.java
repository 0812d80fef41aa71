package dev.bgsim.checker.live;

import dev.bgsim.checker.Finding;
import dev.bgsim.checker.Rule;
import dev.bgsim.checker.RuleCatalogue;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.pkg.Severity;

import java.util.ArrayList;
import java.util.List;

/** Collects what the rules raise about one event, stamped with that event's subjects, time and sequence number. */
public final class FindingSink {
    private final RuleCatalogue catalogue;
    private final EngineEvent event;
    private final List<Finding> found = new ArrayList<>();

    public FindingSink(RuleCatalogue catalogue, EngineEvent event) {
        this.catalogue = catalogue;
        this.event = event;
    }

    /** A finding of {@code ruleId} at its default severity, about the event's subjects. */
    public void raise(String ruleId, String message) {
        Rule rule = catalogue.get(ruleId);
        raise(rule, rule.severity(), event.subjects(), message);
    }

    /** A finding of {@code ruleId} at another severity (graver than the default, say). */
    public void raise(String ruleId, Severity severity, String message) {
        raise(catalogue.get(ruleId), severity, event.subjects(), message);
    }

    /** A finding about other subjects than the event's (a refused registration, named though it does not exist). */
    public void raise(String ruleId, Severity severity, Subjects subjects, String message) {
        raise(catalogue.get(ruleId), severity, subjects, message);
    }

    private void raise(Rule rule, Severity severity, Subjects subjects, String message) {
        found.add(new Finding(rule, severity, subjects, event.simTime(), event.seq(), message));
    }

    /** What was raised, in order. */
    public List<Finding> found() {
        return List.copyOf(found);
    }
}

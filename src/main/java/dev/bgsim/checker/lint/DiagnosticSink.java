package dev.bgsim.checker.lint;

import dev.bgsim.checker.Rule;
import dev.bgsim.checker.RuleCatalogue;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.Severity;
import dev.bgsim.pkg.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/** Collects a static rule's problems as {@link Diagnostic}s carrying the rule's id. */
public final class DiagnosticSink {
    private final RuleCatalogue catalogue;
    private final List<Diagnostic> found = new ArrayList<>();

    public DiagnosticSink(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A problem at the rule's default severity; {@code hint} says what would be right (null: the rule's "instead"). */
    public void add(String ruleId, SourceLocation at, String message, String hint) {
        add(ruleId, catalogue.get(ruleId).severity(), at, message, hint);
    }

    /** A problem at another severity. */
    public void add(String ruleId, Severity severity, SourceLocation at, String message, String hint) {
        Rule rule = catalogue.get(ruleId);
        found.add(new Diagnostic(severity, at, message, hint != null ? hint : rule.instead(), rule.id()));
    }

    public List<Diagnostic> found() {
        return List.copyOf(found);
    }
}

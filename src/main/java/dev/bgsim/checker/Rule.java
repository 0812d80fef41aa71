package dev.bgsim.checker;

import dev.bgsim.pkg.Severity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One guideline rule of the catalogue: data only, read from {@code rules.json}.
 *
 * @param id        stable id: {@code BG1xx} task code, {@code BG2xx} the app and its registrations,
 *                  {@code BG3xx} manifest and registration parameters
 * @param name      stable kebab-case name ({@code deferral-never-completed}), accepted wherever an id is
 * @param severity  the default severity of its findings
 * @param title     one line
 * @param why       why it matters
 * @param instead   what to do instead
 * @param detects   how each kind of check sees it, by kind (its keys are where the rule is checked)
 * @param pending   what the rule still waits for, or null when it is fully checked
 * @param guideline the guideline text it comes from
 * @param bad       example code that triggers it, one string a line
 * @param fix       the same code fixed
 */
public record Rule(String id, String name, Severity severity, String title, String why, String instead,
                   Map<CheckKind, String> detects, String pending, GuidelineRef guideline, List<String> bad, List<String> fix) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(instead, "instead");
        detects = Map.copyOf(detects);
        Objects.requireNonNull(guideline, "guideline");
        bad = List.copyOf(bad);
        fix = List.copyOf(fix);
    }

    /** Where the rule is checked. */
    public Set<CheckKind> checks() {
        return detects.keySet();
    }

    /** True when {@code kind} checks it. */
    public boolean isCheckedBy(CheckKind kind) {
        return detects.containsKey(kind);
    }

    /** What the rule still waits for. */
    public Optional<String> pendingWork() {
        return Optional.ofNullable(pending);
    }

    /** {@code BG103 deferral-never-completed}. */
    public String label() {
        return id + " " + name;
    }
}

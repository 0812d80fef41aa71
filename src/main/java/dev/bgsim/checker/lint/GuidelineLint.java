package dev.bgsim.checker.lint;

import dev.bgsim.checker.RuleCatalogue;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.StaticCheck;
import dev.bgsim.pkg.TaskTypeTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The guideline checker's static rules as one {@link StaticCheck} for {@code bgsim lint} (and
 * for the GUI when it loads a package): every {@link PackageRule}, with the constant-pool index of
 * the package's classes built once. Stateless; any thread.
 */
public final class GuidelineLint implements StaticCheck {
    private final RuleCatalogue catalogue;
    private final List<PackageRule> rules;
    private final LintOptions options;

    public GuidelineLint(RuleCatalogue catalogue, List<PackageRule> rules, LintOptions options) {
        this.catalogue = catalogue;
        this.rules = List.copyOf(rules);
        this.options = options;
    }

    /** Every static rule, for the desktop profile. */
    public static GuidelineLint standard() {
        return standard(LintOptions.desktop());
    }

    /** Every static rule, for a profile. */
    public static GuidelineLint standard(LintOptions options) {
        return new GuidelineLint(RuleCatalogue.standard(), List.of(
                new TaskListensForCancellation(),
                new TaskShowsNoWindow(),
                new RegistrationNames(),
                new ServicingCompleteTask(),
                new RegistrationEntryPoints(TaskTypeTable.standard()),
                new TriggerParameters()), options);
    }

    @Override
    public String name() {
        return "guidelines";
    }

    @Override
    public List<Diagnostic> check(BgsimPackage pkg) {
        CodeIndex code = pkg.source().hasCode() ? CodeIndex.of(pkg.source().codeJars()) : CodeIndex.empty();
        DiagnosticSink sink = new DiagnosticSink(catalogue);
        LintTarget target = new LintTarget(pkg, code, options);
        for (PackageRule rule : rules) {
            rule.check(target, sink);
        }
        List<Diagnostic> found = new ArrayList<>(sink.found());
        for (String problem : code.problems()) {
            found.add(Diagnostic.info(pkg.source().manifest(), "the class scan skipped " + problem, null));
        }
        return found;
    }
}

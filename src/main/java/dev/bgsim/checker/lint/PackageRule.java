package dev.bgsim.checker.lint;

/** One guideline rule checked on a package without running it. Stateless; any thread. */
public interface PackageRule {
    void check(LintTarget target, DiagnosticSink out);
}

package dev.bgsim.pkg;

import java.util.List;

/**
 * A rule set run on a package without running it: the manifest rules that decide whether a
 * package loads, and, for {@code bgsim lint}, further rules such as the guideline checker's.
 * Implementations are stateless and may be called from any thread.
 */
public interface StaticCheck {

    /** A short name for reports and logs, e.g. "manifest". */
    String name();

    /** The problems found in {@code pkg}, in declaration order; empty when none. */
    List<Diagnostic> check(BgsimPackage pkg);
}

package dev.bgsim.checker.lint;

import dev.bgsim.pkg.BgsimPackage;

/**
 * What a static rule looks at.
 *
 * @param pkg     the loaded package (manifest, registrations, code jars)
 * @param code    the constant-pool references of its classes (empty without code)
 * @param options what the profile changes
 */
public record LintTarget(BgsimPackage pkg, CodeIndex code, LintOptions options) {
}

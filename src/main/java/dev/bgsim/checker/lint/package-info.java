/**
 * Static rules for {@code bgsim lint}: each a small {@link dev.bgsim.checker.lint.PackageRule} run on
 * a loaded package (manifest, registrations and a constant-pool scan of its class files), all
 * plugged into the lint command as one {@link dev.bgsim.pkg.StaticCheck}, {@link dev.bgsim.checker.lint.GuidelineLint}.
 */
package dev.bgsim.checker.lint;

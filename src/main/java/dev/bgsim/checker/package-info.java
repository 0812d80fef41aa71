/**
 * The guidelines checker (SPEC 4): the rule catalogue ({@link dev.bgsim.checker.RuleCatalogue}, data
 * in {@code rules.json}), live rules that fold the engine's event stream into
 * {@link dev.bgsim.checker.Finding}s ({@link dev.bgsim.checker.live}), and static rules for
 * {@code bgsim lint} ({@link dev.bgsim.checker.lint}).
 */
package dev.bgsim.checker;

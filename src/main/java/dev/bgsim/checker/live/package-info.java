/**
 * Live rules: each a small {@link dev.bgsim.checker.live.LiveRule} that looks at one event of the
 * engine's stream with the {@link dev.bgsim.checker.live.StreamFacts} folded so far, and raises
 * findings into a {@link dev.bgsim.checker.live.FindingSink}.
 */
package dev.bgsim.checker.live;

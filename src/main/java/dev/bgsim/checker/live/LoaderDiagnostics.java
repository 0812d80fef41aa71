package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BG303 (and any rule the package loader checks itself): the loader attributes the problem to
 * the rule in the diagnostics of the package's {@code PackageRead} event, so the live checker
 * raises it when the package is read, for the GUI's findings and scenario expectations.
 */
final class LoaderDiagnostics implements LiveRule {
    /** The rules only the loader sees; every other rule has its own live check. */
    private static final Set<String> LOADER_RULES = Set.of(RuleIds.EXECUTABLE_WITHOUT_ITS_TRIGGER);
    /** A formatted diagnostic: {@code file:line:col: warning BG303: message; hint}. */
    private static final Pattern RULE_LINE = Pattern.compile(": (?:error|warning|info) (BG\\d{3}): (.+)$");

    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.PackageRead read)) {
            return;
        }
        for (String line : read.diagnostics()) {
            Matcher m = RULE_LINE.matcher(line);
            if (m.find() && LOADER_RULES.contains(m.group(1))) {
                out.raise(m.group(1), "the manifest at " + line.substring(0, m.start()) + " says: " + m.group(2));
            }
        }
    }
}

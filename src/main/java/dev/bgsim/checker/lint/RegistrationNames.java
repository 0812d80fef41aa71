package dev.bgsim.checker.lint;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.pkg.RegistrationSpec;

import java.util.HashMap;
import java.util.Map;

/** BG202 statically: two manifest registrations with one name. */
final class RegistrationNames implements PackageRule {
    @Override
    public void check(LintTarget target, DiagnosticSink out) {
        Map<String, RegistrationSpec> byName = new HashMap<>();
        for (RegistrationSpec registration : target.pkg().registrations()) {
            RegistrationSpec first = byName.putIfAbsent(registration.name(), registration);
            if (first != null) {
                out.add(RuleIds.DUPLICATE_REGISTRATION_NAME, registration.location(), "registration name \"" + registration.name()
                        + "\" is used again (first at " + first.location() + "): both registrations run on each trigger",
                        "give each registration its own name");
            }
        }
    }
}

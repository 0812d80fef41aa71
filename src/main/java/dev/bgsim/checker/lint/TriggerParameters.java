package dev.bgsim.checker.lint;

import dev.bgsim.checker.ConditionConflicts;
import dev.bgsim.checker.RuleIds;
import dev.bgsim.pkg.RegistrationSpec;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.pkg.TriggerSpec;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTriggerType;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dev.bgsim.checker.lint.RegistrationEntryPoints.refused;

/**
 * The parameters of each manifest registration that register() refuses or that make it unable to
 * run: BG305 freshness, BG307 one-shot CONTROL_CHANNEL_RESET, BG308 conditions on a device-use
 * trigger, BG309 a second one-per-package trigger, BG306 conditions that never hold together.
 */
final class TriggerParameters implements PackageRule {
    private static final int MIN_FRESHNESS_MINUTES = 15;
    private static final int MAX_MAINTENANCE_FRESHNESS_MINUTES = 30 * 24 * 60;
    private static final Set<TriggerKind> ONE_PER_PACKAGE = EnumSet.of(TriggerKind.APPLICATION, TriggerKind.MEDIA_PROCESSING,
            TriggerKind.DEVICE_USE);

    @Override
    public void check(LintTarget target, DiagnosticSink out) {
        Map<TriggerKind, RegistrationSpec> onePerPackage = new EnumMap<>(TriggerKind.class);
        for (RegistrationSpec registration : target.pkg().registrations()) {
            freshness(registration, out);
            TriggerSpec trigger = registration.trigger();
            if (trigger instanceof TriggerSpec.SystemEvent system && system.oneShot()
                    && system.systemTriggerType() == SystemTriggerType.CONTROL_CHANNEL_RESET) {
                out.add(RuleIds.ONE_SHOT_CONTROL_CHANNEL_RESET, registration.location(), refused(registration,
                        "a CONTROL_CHANNEL_RESET system trigger cannot be one-shot"), "set \"oneShot\": false");
            }
            if (trigger.kind() == TriggerKind.DEVICE_USE && !registration.conditions().isEmpty()) {
                out.add(RuleIds.CONDITIONS_ON_DEVICE_USE, registration.location(), refused(registration,
                        "a DeviceUseTrigger registration cannot have conditions"), "remove \"conditions\"");
            }
            if (ONE_PER_PACKAGE.contains(trigger.kind())) {
                RegistrationSpec first = onePerPackage.putIfAbsent(trigger.kind(), registration);
                if (first != null) {
                    out.add(RuleIds.TRIGGER_REGISTERED_TWICE, registration.location(), refused(registration, "a package may register one "
                            + trigger.kind().sdkClassName() + " (the first is at " + first.location() + ")"),
                            "use one registration and tell requests apart by their arguments");
                }
            }
            ConditionConflicts.in(registration.conditions().stream().map(SystemConditionType::name).toList()).forEach(pair ->
                    out.add(RuleIds.CONFLICTING_CONDITIONS, registration.location(), "registration \"" + registration.name()
                            + "\" requires " + pair + ": they never hold at once, so it can never run", "drop one of the two"));
        }
    }

    private static void freshness(RegistrationSpec registration, DiagnosticSink out) {
        if (!(registration.trigger() instanceof TriggerSpec.Timed timed)) {
            return;
        }
        if (timed.freshnessMinutes() < MIN_FRESHNESS_MINUTES) {
            out.add(RuleIds.FRESHNESS_OUT_OF_RANGE, registration.location(), refused(registration, "freshness of "
                    + timed.freshnessMinutes() + " minutes is under the minimum of 15"), "use \"freshnessMinutes\": 15 or more");
        } else if (timed.kind() == TriggerKind.MAINTENANCE && timed.freshnessMinutes() > MAX_MAINTENANCE_FRESHNESS_MINUTES) {
            out.add(RuleIds.FRESHNESS_OUT_OF_RANGE, registration.location(), refused(registration, "maintenance freshness of "
                    + timed.freshnessMinutes() + " minutes is over 30 days"), "use at most 43200 minutes");
        }
    }
}

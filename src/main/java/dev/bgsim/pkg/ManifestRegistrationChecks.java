package dev.bgsim.pkg;

import dev.bgsim.sdk.SystemTriggerType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lint rules for the registrations a bgsim manifest lists, decided from the manifest alone
 * (SPEC 3.3): what {@code register()} will certainly refuse is an error (entry point not
 * declared, freshness out of range, one-shot CONTROL_CHANNEL_RESET, conditions on a
 * DeviceUseTrigger, a second one-per-package trigger, a device trigger in-process); a trigger
 * the entry point is not declared for and a repeated name are warnings. Loading does not run
 * these: the broker decides at registration, and reports why.
 */
public final class ManifestRegistrationChecks implements StaticCheck {
    private static final int MIN_FRESHNESS_MINUTES = 15;
    private static final int MAX_MAINTENANCE_FRESHNESS_MINUTES = 30 * 24 * 60;
    private static final Set<TriggerKind> ONE_PER_PACKAGE = EnumSet.of(TriggerKind.APPLICATION, TriggerKind.MEDIA_PROCESSING,
            TriggerKind.DEVICE_USE);
    private static final Set<TriggerKind> NOT_IN_PROCESS = EnumSet.of(TriggerKind.DEVICE_USE, TriggerKind.DEVICE_SERVICING);

    private final TaskTypeTable taskTypes;

    public ManifestRegistrationChecks(TaskTypeTable taskTypes) {
        this.taskTypes = taskTypes;
    }

    @Override
    public String name() {
        return "manifest registrations";
    }

    @Override
    public List<Diagnostic> check(BgsimPackage pkg) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, RegistrationSpec> byName = new HashMap<>();
        Map<TriggerKind, RegistrationSpec> onePerPackage = new HashMap<>();
        for (RegistrationSpec registration : pkg.registrations()) {
            RegistrationSpec sameName = byName.putIfAbsent(registration.name(), registration);
            if (sameName != null) {
                found.add(Diagnostic.warning(registration.location(), "registration name \"" + registration.name()
                        + "\" is used again (first at " + sameName.location() + ")",
                        "names are not unique: both registrations run on each trigger; give each its own name"));
            }
            entryPoint(pkg, registration, found);
            trigger(registration, found);
            TriggerKind kind = registration.trigger().kind();
            if (ONE_PER_PACKAGE.contains(kind)) {
                RegistrationSpec first = onePerPackage.putIfAbsent(kind, registration);
                if (first != null) {
                    found.add(refused(registration, "a package may register one " + kind.sdkClassName()
                            + " (the first is at " + first.location() + ")", "use one registration and tell requests apart by their arguments"));
                }
            }
        }
        return found;
    }

    private void entryPoint(BgsimPackage pkg, RegistrationSpec registration, List<Diagnostic> found) {
        TriggerKind kind = registration.trigger().kind();
        if (registration.isInProcess()) {
            if (NOT_IN_PROCESS.contains(kind)) {
                found.add(refused(registration, kind.sdkClassName() + " tasks cannot run in-process",
                        "give the registration an entryPoint declared in backgroundTasks"));
            }
            return;
        }
        pkg.findTask(registration.entryPoint()).ifPresentOrElse(task -> {
            if (!taskTypes.declaresTriggerFor(task.taskTypes(), registration.trigger())) {
                found.add(Diagnostic.warning(registration.location(), "registration \"" + registration.name() + "\" uses a "
                        + kind.sdkClassName() + " but " + registration.entryPoint() + " is declared only for "
                        + String.join(", ", task.taskTypes()), "add the task type " + expectedTypes(registration.trigger())
                        + " to its declaration; it runs, but the strict profile refuses it"));
            }
        }, () -> found.add(refused(registration, "entry point " + registration.entryPoint() + " is not declared (\"class not registered\")",
                "add { \"entryPoint\": \"" + registration.entryPoint() + "\", \"taskTypes\": [" + expectedTypes(registration.trigger())
                        + "] } to backgroundTasks, or remove the entryPoint to run in-process")));
    }

    private String expectedTypes(TriggerSpec trigger) {
        List<String> types = trigger instanceof TriggerSpec.Custom custom ? List.of(custom.taskType()) : taskTypes.taskTypesFor(trigger.kind());
        return String.join(" or ", types.stream().map(t -> "\"" + t + "\"").toList());
    }

    private static void trigger(RegistrationSpec registration, List<Diagnostic> found) {
        TriggerSpec trigger = registration.trigger();
        if (trigger instanceof TriggerSpec.Timed timed) {
            if (timed.freshnessMinutes() < MIN_FRESHNESS_MINUTES) {
                found.add(refused(registration, "freshness of " + timed.freshnessMinutes() + " minutes is under the minimum of 15",
                        "use \"freshnessMinutes\": 15 or more"));
            } else if (timed.kind() == TriggerKind.MAINTENANCE && timed.freshnessMinutes() > MAX_MAINTENANCE_FRESHNESS_MINUTES) {
                found.add(refused(registration, "maintenance freshness of " + timed.freshnessMinutes() + " minutes is over 30 days",
                        "use at most 43200 minutes"));
            }
        }
        if (trigger instanceof TriggerSpec.SystemEvent system && system.oneShot()
                && system.systemTriggerType() == SystemTriggerType.CONTROL_CHANNEL_RESET) {
            found.add(refused(registration, "a CONTROL_CHANNEL_RESET system trigger cannot be one-shot", "set \"oneShot\": false"));
        }
        if (trigger.kind() == TriggerKind.DEVICE_USE && !registration.conditions().isEmpty()) {
            found.add(refused(registration, "a DeviceUseTrigger registration cannot have conditions", "remove \"conditions\""));
        }
    }

    private static Diagnostic refused(RegistrationSpec registration, String why, String hint) {
        return Diagnostic.error(registration.location(), "registration \"" + registration.name() + "\" will be refused: " + why, hint);
    }
}

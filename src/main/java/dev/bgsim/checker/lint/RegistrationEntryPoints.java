package dev.bgsim.checker.lint;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.pkg.RegistrationSpec;
import dev.bgsim.pkg.Severity;
import dev.bgsim.pkg.TaskTypeTable;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.pkg.TriggerSpec;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where each manifest registration's task runs, against the declarations: BG302 entry point not
 * declared, BG301 trigger's task type not declared for it (an error on a profile that refuses
 * it), BG304 a trigger that cannot run in-process.
 */
final class RegistrationEntryPoints implements PackageRule {
    private static final Set<TriggerKind> NOT_IN_PROCESS = EnumSet.of(TriggerKind.DEVICE_USE, TriggerKind.DEVICE_SERVICING);

    private final TaskTypeTable taskTypes;

    RegistrationEntryPoints(TaskTypeTable taskTypes) {
        this.taskTypes = taskTypes;
    }

    @Override
    public void check(LintTarget target, DiagnosticSink out) {
        for (RegistrationSpec registration : target.pkg().registrations()) {
            TriggerKind kind = registration.trigger().kind();
            if (registration.isInProcess()) {
                if (NOT_IN_PROCESS.contains(kind)) {
                    out.add(RuleIds.TRIGGER_NOT_ALLOWED_IN_PROCESS, registration.location(), refused(registration,
                            kind.sdkClassName() + " tasks cannot run in-process"), "give the registration an entryPoint declared in backgroundTasks");
                }
                continue;
            }
            target.pkg().findTask(registration.entryPoint()).ifPresentOrElse(task -> {
                if (!taskTypes.declaresTriggerFor(task.taskTypes(), registration.trigger())) {
                    boolean refused = target.options().refuseUndeclaredTaskTypes();
                    out.add(RuleIds.TASK_TYPE_NOT_DECLARED, refused ? Severity.ERROR : Severity.WARNING, registration.location(),
                            (refused ? refused(registration, "") + "the " + target.options().profile() + " profile refuses it: " : "")
                                    + "registration \"" + registration.name() + "\" uses a " + kind.sdkClassName() + " but "
                                    + registration.entryPoint() + " is declared only for " + String.join(", ", task.taskTypes()),
                            "add the task type " + expectedTypes(registration.trigger()) + " to its declaration"
                                    + (refused ? "" : "; it runs, but the strict profile refuses it"));
                }
            }, () -> out.add(RuleIds.ENTRY_POINT_NOT_DECLARED, registration.location(), refused(registration, "entry point "
                    + registration.entryPoint() + " is not declared (\"class not registered\")"), "add { \"entryPoint\": \""
                    + registration.entryPoint() + "\", \"taskTypes\": [" + expectedTypes(registration.trigger())
                    + "] } to backgroundTasks, or remove the entryPoint to run in-process"));
        }
    }

    private String expectedTypes(TriggerSpec trigger) {
        List<String> types = trigger instanceof TriggerSpec.Custom custom ? List.of(custom.taskType()) : taskTypes.taskTypesFor(trigger.kind());
        return String.join(" or ", types.stream().map(t -> "\"" + t + "\"").toList());
    }

    static String refused(RegistrationSpec registration, String why) {
        return "registration \"" + registration.name() + "\" will be refused: " + why;
    }
}

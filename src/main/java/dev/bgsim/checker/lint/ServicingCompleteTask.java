package dev.bgsim.checker.lint;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.RegistrationSpec;
import dev.bgsim.pkg.TriggerSpec;
import dev.bgsim.sdk.SystemTriggerType;

/**
 * BG205 statically: a package that uses background tasks with no way to re-register them after
 * an update: no SERVICING_COMPLETE registration in the manifest, no update task, and no class
 * referring to SystemTriggerType.SERVICING_COMPLETE (an app that registers one at run time).
 * Without code the app's registrations cannot be seen, so only manifest registrations are judged.
 */
final class ServicingCompleteTask implements PackageRule {
    static final String SERVICING_COMPLETE = "dev.bgsim.sdk.SystemTriggerType.SERVICING_COMPLETE";

    @Override
    public void check(LintTarget target, DiagnosticSink out) {
        BgsimPackage pkg = target.pkg();
        // An app that registers tasks: manifest registrations, or an app with code next to declared tasks.
        boolean usesTasks = !pkg.registrations().isEmpty() || (pkg.app().isPresent() && !pkg.tasks().isEmpty() && pkg.source().hasCode());
        if (!usesTasks || !pkg.updateTasks().isEmpty() || pkg.registrations().stream().anyMatch(ServicingCompleteTask::listens)) {
            return;
        }
        if (target.code().all().stream().anyMatch(c -> c.members().contains(SERVICING_COMPLETE))) {
            return;
        }
        out.add(RuleIds.NO_SERVICING_COMPLETE_TASK, pkg.source().manifest(), "package " + pkg.name() + " uses background tasks"
                + " but nothing registers a SERVICING_COMPLETE task (no manifest registration, no update task, no code using "
                + "SystemTriggerType.SERVICING_COMPLETE): after an update its registrations stay as the old version left them", null);
    }

    private static boolean listens(RegistrationSpec registration) {
        return registration.trigger() instanceof TriggerSpec.SystemEvent s
                && s.systemTriggerType() == SystemTriggerType.SERVICING_COMPLETE;
    }
}

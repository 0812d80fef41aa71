package dev.bgsim.checker.lint;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.pkg.DeclaredTask;

import java.util.List;

/**
 * BG101 statically: a task class that waits or takes a deferral but never adds a canceled
 * listener. A short synchronous task needs none, so only code that outlives an instant is asked.
 */
final class TaskListensForCancellation implements PackageRule {
    static final String ADD_LISTENER = "dev.bgsim.sdk.BackgroundTaskInstance.addCanceledListener";
    /** Calls that mean the task takes time: it waits, or keeps the instance alive past run(). */
    static final List<String> TAKES_TIME = List.of(
            "dev.bgsim.sdk.BackgroundTaskInstance.getDeferral",
            "dev.bgsim.sdk.TaskClock.sleep",
            "dev.bgsim.sdk.TaskClock.createTimer",
            "dev.bgsim.sdk.TaskClock.createPeriodicTimer",
            "java.lang.Thread.sleep",
            "java.lang.Thread.<init>",
            "java.util.concurrent.CompletableFuture.runAsync",
            "java.util.concurrent.CompletableFuture.supplyAsync");

    @Override
    public void check(LintTarget target, DiagnosticSink out) {
        TaskCode.forEachTask(target, (task, code) -> {
            String waits = CodeIndex.firstUsed(code, TAKES_TIME);
            if (waits != null && !CodeIndex.usesAny(code, List.of(ADD_LISTENER))) {
                out.add(RuleIds.NO_CANCELED_LISTENER, task.locationOf(DeclaredTask.ENTRY_POINT), "task " + task.entryPoint()
                        + " calls " + shortName(waits) + " but never adds a canceled listener: it cannot hear a cancellation", null);
            }
        });
    }

    /** {@code TaskClock.sleep} from {@code dev.bgsim.sdk.TaskClock.sleep}. */
    static String shortName(String member) {
        int method = member.lastIndexOf('.');
        int owner = member.lastIndexOf('.', method - 1);
        return member.substring(owner + 1);
    }
}

package dev.bgsim.checker.lint;

import dev.bgsim.pkg.DeclaredTask;

import java.util.List;
import java.util.function.BiConsumer;

/** Walks the declared task classes present in the code, with the code each one runs. */
final class TaskCode {
    private TaskCode() {
    }

    static void forEachTask(LintTarget target, BiConsumer<DeclaredTask, List<ClassReferences>> action) {
        for (DeclaredTask task : target.pkg().tasks()) {
            if (task.entryPoint() != null && target.code().contains(task.entryPoint())) {
                action.accept(task, target.code().codeOf(task.entryPoint()));
            }
        }
    }
}

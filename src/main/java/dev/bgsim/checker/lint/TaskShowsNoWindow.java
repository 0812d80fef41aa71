package dev.bgsim.checker.lint;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.pkg.DeclaredTask;

import java.util.List;

/** BG110 statically: a task class that refers to a window class of AWT, Swing or JavaFX. */
final class TaskShowsNoWindow implements PackageRule {
    static final List<String> WINDOW_CLASSES = List.of("java.awt.Frame", "java.awt.Dialog", "java.awt.Window",
            "javax.swing.JFrame", "javax.swing.JDialog", "javax.swing.JWindow", "javax.swing.JOptionPane",
            "javafx.stage.Stage", "javafx.stage.Window");

    @Override
    public void check(LintTarget target, DiagnosticSink out) {
        TaskCode.forEachTask(target, (task, code) -> WINDOW_CLASSES.stream()
                .filter(window -> code.stream().anyMatch(c -> c.classes().contains(window)))
                .findFirst()
                .ifPresent(window -> out.add(RuleIds.UI_FROM_TASK, task.locationOf(DeclaredTask.ENTRY_POINT), "task "
                        + task.entryPoint() + " uses " + window + ": a background task cannot show a window", null)));
    }
}

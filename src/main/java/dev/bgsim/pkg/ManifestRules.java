package dev.bgsim.pkg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest rules of SPEC 2 that look at a whole declaration rather than one value:
 * supportsMultipleInstances with a resource group or server name (error), Executable on a task
 * that is neither controlChannel nor pushNotification (warning), a task with neither entry point
 * nor start page (error), JavaScript tasks and repeated entry points (notes). Errors here keep a
 * package from loading. The per-value rules (task type names, group names) are reported by the
 * readers at the value itself.
 */
public final class ManifestRules implements StaticCheck {

    /**
     * The guideline checker's id for the Executable rule: its text lives in the checker's catalogue
     * ({@code dev.bgsim.checker}, rules.json); the check lives here because loading reports it (SPEC 2).
     */
    public static final String EXECUTABLE_RULE_ID = "BG303";

    /** Task types whose tasks may name an {@code Executable} (reference 9.2). */
    private static final List<String> EXECUTABLE_TASK_TYPES = List.of("controlChannel", "pushNotification");

    @Override
    public String name() {
        return "manifest";
    }

    @Override
    public List<Diagnostic> check(BgsimPackage pkg) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, DeclaredTask> firstByEntryPoint = new HashMap<>();
        for (DeclaredTask task : pkg.tasks()) {
            multipleInstances(task, found);
            executable(task, found);
            entryPoint(task, found);
            if (task.entryPoint() != null) {
                DeclaredTask first = firstByEntryPoint.putIfAbsent(task.entryPoint(), task);
                if (first != null) {
                    found.add(Diagnostic.info(task.locationOf(DeclaredTask.ENTRY_POINT), "task " + task.entryPoint()
                            + " is declared again (first at " + first.locationOf(DeclaredTask.ENTRY_POINT) + ")",
                            "Windows keeps both declarations; registrations use the first"));
                }
            }
        }
        return found;
    }

    private static void multipleInstances(DeclaredTask task, List<Diagnostic> found) {
        if (!task.supportsMultipleInstances()) {
            return;
        }
        SourceLocation at = task.locationOf(DeclaredTask.SUPPORTS_MULTIPLE_INSTANCES);
        if (task.resourceGroup() != null) {
            found.add(Diagnostic.error(at, "task " + name(task) + " declares supportsMultipleInstances together with resource group \""
                    + task.resourceGroup() + "\"", "a task that gets a new host per activation cannot share a resource group's host; "
                    + "remove supportsMultipleInstances or the resource group"));
        }
        if (task.serverName() != null) {
            found.add(Diagnostic.error(at, "task " + name(task) + " declares supportsMultipleInstances together with server name \""
                    + task.serverName() + "\"", "a task that gets a new host per activation cannot run in a named server; "
                    + "remove supportsMultipleInstances or the server name"));
        }
    }

    private static void executable(DeclaredTask task, List<Diagnostic> found) {
        if (task.executable() == null || task.taskTypes().stream().anyMatch(EXECUTABLE_TASK_TYPES::contains)) {
            return;
        }
        found.add(Diagnostic.warning(task.locationOf(DeclaredTask.EXECUTABLE), "task " + name(task) + " names executable \""
                + task.executable() + "\" but none of its task types (" + String.join(", ", task.taskTypes())
                + ") is controlChannel or pushNotification",
                "Executable is only for tasks that must run in the app's own process; remove it, or declare controlChannel or pushNotification")
                .withRuleId(EXECUTABLE_RULE_ID));
    }

    private static void entryPoint(DeclaredTask task, List<Diagnostic> found) {
        if (task.entryPoint() != null) {
            return;
        }
        if (task.startPage() == null) {
            found.add(Diagnostic.error(task.location(), "a background task declares neither an entry point nor a start page",
                    "add EntryPoint=\"Tasks.MyTask\" naming the task class"));
        } else {
            found.add(Diagnostic.info(task.location(), "the JavaScript task " + task.startPage()
                    + " has no entry point class; it is listed but bgsim cannot run it", null));
        }
    }

    private static String name(DeclaredTask task) {
        return task.entryPoint() != null ? task.entryPoint() : String.valueOf(task.startPage());
    }
}

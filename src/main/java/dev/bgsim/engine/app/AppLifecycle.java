package dev.bgsim.engine.app;

import static dev.bgsim.engine.app.AppAction.BACKGROUND_ACTIVATION;
import static dev.bgsim.engine.app.AppAction.CRASH;
import static dev.bgsim.engine.app.AppAction.LAUNCH;
import static dev.bgsim.engine.app.AppAction.LOGOFF;
import static dev.bgsim.engine.app.AppAction.MINIMISE;
import static dev.bgsim.engine.app.AppAction.RESTORE;
import static dev.bgsim.engine.app.AppAction.RESUME;
import static dev.bgsim.engine.app.AppAction.SUSPEND;
import static dev.bgsim.engine.app.AppAction.SUSPEND_AND_TERMINATE;
import static dev.bgsim.engine.app.AppAction.SUSPEND_DEADLINE;
import static dev.bgsim.engine.app.AppAction.SUSPEND_DONE;
import static dev.bgsim.engine.app.AppAction.SYSTEM_SUSPEND;
import static dev.bgsim.engine.app.AppAction.TERMINATE;
import static dev.bgsim.engine.app.AppAction.UNINSTALL;
import static dev.bgsim.engine.app.AppAction.UPDATE;
import static dev.bgsim.engine.app.AppEffect.CREATE_PROCESS;
import static dev.bgsim.engine.app.AppEffect.DELIVER_QUEUED;
import static dev.bgsim.engine.app.AppEffect.FREEZE;
import static dev.bgsim.engine.app.AppEffect.KILL;
import static dev.bgsim.engine.app.AppEffect.MARK_TERMINATE_AFTER;
import static dev.bgsim.engine.app.AppEffect.ON_ENTERED_BACKGROUND;
import static dev.bgsim.engine.app.AppEffect.ON_LAUNCHED;
import static dev.bgsim.engine.app.AppEffect.ON_LEAVING_BACKGROUND;
import static dev.bgsim.engine.app.AppEffect.ON_RESUMING;
import static dev.bgsim.engine.app.AppEffect.ON_SUSPENDING;
import static dev.bgsim.engine.app.AppEffect.RETIRE;
import static dev.bgsim.engine.app.AppEffect.TERMINATE_IF_MARKED;
import static dev.bgsim.engine.app.AppEffect.THAW;
import static dev.bgsim.engine.app.AppState.NOT_RUNNING;
import static dev.bgsim.engine.app.AppState.RUNNING;
import static dev.bgsim.engine.app.AppState.RUNNING_IN_BACKGROUND;
import static dev.bgsim.engine.app.AppState.SUSPENDED;
import static dev.bgsim.engine.app.AppState.SUSPENDING;
import static dev.bgsim.engine.app.AppState.TERMINATED;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The app lifecycle as a table: (state, action) → next state + effects in order (SPEC 3.9;
 * semantics reference 8.3, 10). A pair missing from the table is refused with a message naming
 * both; the GUI greys out actions the table does not allow. Guards that depend on more than the
 * state (SYSTEM_SUSPEND while an in-process task runs) are checked by {@link AppController}
 * before the table is consulted.
 */
public final class AppLifecycle {
    /** One row. */
    public record Transition(AppState next, List<AppEffect> effects) {
    }

    private static final Map<AppState, Map<AppAction, Transition>> TABLE = new EnumMap<>(AppState.class);

    static {
        for (AppState gone : new AppState[] {NOT_RUNNING, TERMINATED}) {
            row(gone, LAUNCH, RUNNING, CREATE_PROCESS, ON_LAUNCHED);
            // Started in the background for an in-process task: onCreated, no onLaunched (SPEC 3.8).
            row(gone, BACKGROUND_ACTIVATION, RUNNING_IN_BACKGROUND, CREATE_PROCESS, ON_ENTERED_BACKGROUND);
            row(gone, UPDATE, NOT_RUNNING);
            row(gone, UNINSTALL, NOT_RUNNING);
            row(gone, LOGOFF, gone);
        }

        row(RUNNING, MINIMISE, RUNNING_IN_BACKGROUND, ON_ENTERED_BACKGROUND);
        row(RUNNING, SUSPEND, SUSPENDING, ON_ENTERED_BACKGROUND, ON_SUSPENDING);
        row(RUNNING, SUSPEND_AND_TERMINATE, SUSPENDING, ON_ENTERED_BACKGROUND, MARK_TERMINATE_AFTER, ON_SUSPENDING);
        row(RUNNING, BACKGROUND_ACTIVATION, RUNNING);

        row(RUNNING_IN_BACKGROUND, LAUNCH, RUNNING, ON_LEAVING_BACKGROUND, ON_LAUNCHED);
        row(RUNNING_IN_BACKGROUND, RESTORE, RUNNING, ON_LEAVING_BACKGROUND);
        row(RUNNING_IN_BACKGROUND, SUSPEND, SUSPENDING, ON_SUSPENDING);
        row(RUNNING_IN_BACKGROUND, SYSTEM_SUSPEND, SUSPENDING, ON_SUSPENDING);
        row(RUNNING_IN_BACKGROUND, SUSPEND_AND_TERMINATE, SUSPENDING, MARK_TERMINATE_AFTER, ON_SUSPENDING);
        row(RUNNING_IN_BACKGROUND, BACKGROUND_ACTIVATION, RUNNING_IN_BACKGROUND);

        // The process still runs while onSuspending works; an activation runs, and is frozen with the app.
        row(SUSPENDING, SUSPEND_DONE, SUSPENDED, FREEZE, TERMINATE_IF_MARKED);
        row(SUSPENDING, SUSPEND_DEADLINE, TERMINATED, KILL);
        row(SUSPENDING, BACKGROUND_ACTIVATION, SUSPENDING);

        row(SUSPENDED, RESUME, RUNNING_IN_BACKGROUND, THAW, ON_RESUMING, DELIVER_QUEUED);
        row(SUSPENDED, LAUNCH, RUNNING, THAW, ON_RESUMING, ON_LEAVING_BACKGROUND, DELIVER_QUEUED);
        // Windows resumes a suspended app to run its in-process task.
        row(SUSPENDED, BACKGROUND_ACTIVATION, RUNNING_IN_BACKGROUND, THAW, ON_RESUMING, DELIVER_QUEUED);
        row(SUSPENDED, SUSPEND_AND_TERMINATE, TERMINATED, KILL);

        for (AppState live : new AppState[] {RUNNING, RUNNING_IN_BACKGROUND, SUSPENDING, SUSPENDED}) {
            row(live, TERMINATE, TERMINATED, KILL);
            row(live, CRASH, TERMINATED, KILL);
            row(live, UPDATE, NOT_RUNNING, RETIRE);
            row(live, UNINSTALL, NOT_RUNNING, RETIRE);
            row(live, LOGOFF, TERMINATED, RETIRE);
        }
    }

    private AppLifecycle() {
    }

    private static void row(AppState from, AppAction action, AppState to, AppEffect... effects) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(AppAction.class)).put(action, new Transition(to, List.of(effects)));
    }

    /** The row for (state, action); throws naming both when there is none. */
    public static Transition transition(AppState state, AppAction action) {
        Transition t = TABLE.getOrDefault(state, Map.of()).get(action);
        if (t == null) {
            throw new IllegalStateException("app lifecycle has no transition for action " + action + " in state " + state);
        }
        return t;
    }

    /** Whether the table has a row for (state, action). */
    public static boolean allows(AppState state, AppAction action) {
        return TABLE.getOrDefault(state, Map.of()).containsKey(action);
    }
}

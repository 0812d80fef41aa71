package dev.bgsim.engine.instance;

import static dev.bgsim.engine.instance.InstanceAction.CANCEL;
import static dev.bgsim.engine.instance.InstanceAction.DEFERRALS_DONE;
import static dev.bgsim.engine.instance.InstanceAction.FAIL;
import static dev.bgsim.engine.instance.InstanceAction.GRACE_EXPIRED;
import static dev.bgsim.engine.instance.InstanceAction.RUN_RETURNED_DEFERRED;
import static dev.bgsim.engine.instance.InstanceAction.RUN_RETURNED_DONE;
import static dev.bgsim.engine.instance.InstanceAction.RUN_STARTED;
import static dev.bgsim.engine.instance.InstanceAction.TERMINATE;
import static dev.bgsim.engine.instance.InstanceState.CANCELED;
import static dev.bgsim.engine.instance.InstanceState.CANCEL_REQUESTED;
import static dev.bgsim.engine.instance.InstanceState.COMPLETED;
import static dev.bgsim.engine.instance.InstanceState.FAILED;
import static dev.bgsim.engine.instance.InstanceState.RUNNING;
import static dev.bgsim.engine.instance.InstanceState.STARTING;
import static dev.bgsim.engine.instance.InstanceState.TERMINATED;

import java.util.EnumMap;
import java.util.Map;

/**
 * The task instance lifecycle as a table: (state, action) → next state + effect (SPEC 3.6, 3.7;
 * semantics reference 6.4). A pair missing from the table is a loud error naming both. Terminal
 * states accept nothing: callbacks for a finished instance are dropped before they reach here.
 */
public final class InstanceLifecycle {
    /** One row of the table. */
    public record Transition(InstanceState next, InstanceEffect effect) {
    }

    private static final Map<InstanceState, Map<InstanceAction, Transition>> TABLE = new EnumMap<>(InstanceState.class);

    static {
        row(STARTING, RUN_STARTED, RUNNING, InstanceEffect.START_TIME_LIMIT);
        row(STARTING, CANCEL, CANCEL_REQUESTED, InstanceEffect.REQUEST_CANCEL);
        row(STARTING, FAIL, FAILED, InstanceEffect.FINISH_FAILED);
        row(STARTING, TERMINATE, TERMINATED, InstanceEffect.FINISH_TERMINATED);

        row(RUNNING, RUN_RETURNED_DONE, COMPLETED, InstanceEffect.FINISH_COMPLETED);
        row(RUNNING, RUN_RETURNED_DEFERRED, InstanceState.RUN_RETURNED_DEFERRED, InstanceEffect.NONE);
        row(RUNNING, CANCEL, CANCEL_REQUESTED, InstanceEffect.REQUEST_CANCEL);
        row(RUNNING, FAIL, FAILED, InstanceEffect.FINISH_FAILED);
        row(RUNNING, TERMINATE, TERMINATED, InstanceEffect.FINISH_TERMINATED);

        row(InstanceState.RUN_RETURNED_DEFERRED, DEFERRALS_DONE, COMPLETED, InstanceEffect.FINISH_COMPLETED);
        row(InstanceState.RUN_RETURNED_DEFERRED, CANCEL, CANCEL_REQUESTED, InstanceEffect.REQUEST_CANCEL);
        row(InstanceState.RUN_RETURNED_DEFERRED, FAIL, FAILED, InstanceEffect.FINISH_FAILED);
        row(InstanceState.RUN_RETURNED_DEFERRED, TERMINATE, TERMINATED, InstanceEffect.FINISH_TERMINATED);

        row(CANCEL_REQUESTED, RUN_STARTED, CANCEL_REQUESTED, InstanceEffect.START_TIME_LIMIT);
        row(CANCEL_REQUESTED, RUN_RETURNED_DONE, CANCELED, InstanceEffect.FINISH_CANCELED);
        row(CANCEL_REQUESTED, RUN_RETURNED_DEFERRED, CANCEL_REQUESTED, InstanceEffect.NONE);
        row(CANCEL_REQUESTED, DEFERRALS_DONE, CANCELED, InstanceEffect.FINISH_CANCELED);
        // A second cancel while one is pending keeps the first reason and grace period.
        row(CANCEL_REQUESTED, CANCEL, CANCEL_REQUESTED, InstanceEffect.NONE);
        row(CANCEL_REQUESTED, GRACE_EXPIRED, TERMINATED, InstanceEffect.FINISH_TERMINATED);
        row(CANCEL_REQUESTED, FAIL, FAILED, InstanceEffect.FINISH_FAILED);
        row(CANCEL_REQUESTED, TERMINATE, TERMINATED, InstanceEffect.FINISH_TERMINATED);
    }

    private InstanceLifecycle() {
    }

    private static void row(InstanceState from, InstanceAction action, InstanceState to, InstanceEffect effect) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(InstanceAction.class)).put(action, new Transition(to, effect));
    }

    /** The transition for (state, action); throws naming both when the table has no such row. */
    public static Transition transition(InstanceState state, InstanceAction action) {
        Transition t = TABLE.getOrDefault(state, Map.of()).get(action);
        if (t == null) {
            throw new IllegalStateException("instance lifecycle has no transition for action " + action
                    + " in state " + state);
        }
        return t;
    }

    /** Whether the table has a row for (state, action). */
    public static boolean allows(InstanceState state, InstanceAction action) {
        return TABLE.getOrDefault(state, Map.of()).containsKey(action);
    }
}

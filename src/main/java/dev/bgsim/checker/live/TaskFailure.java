package dev.bgsim.checker.live;

import dev.bgsim.checker.RuleIds;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;

import java.util.List;

/** BG110 (a window attempt) or BG108 (any other exception): the instance failed. */
final class TaskFailure implements LiveRule {
    /** Frames of windowing code: an exception thrown under them is a UI attempt. */
    private static final List<String> WINDOWING = List.of("at java.awt.", "at javax.swing.", "at javafx.stage.", "at sun.awt.");

    @Override
    public void check(EngineEvent event, StreamFacts facts, FindingSink out) {
        if (!(event.payload() instanceof Events.InstanceFailed f)) {
            return;
        }
        String what = f.exceptionClass() + (f.message() == null ? "" : ": " + f.message());
        if (isUiAttempt(f)) {
            out.raise(RuleIds.UI_FROM_TASK, "tried to open a window and failed with " + what
                    + "; a background task may only show toasts, tiles and badges");
        } else {
            out.raise(RuleIds.RUN_THREW, what + " escaped the task" + (f.thread() == null ? "" : " on thread " + f.thread())
                    + ": the instance failed and left no result");
        }
    }

    static boolean isUiAttempt(Events.InstanceFailed f) {
        if ("java.awt.HeadlessException".equals(f.exceptionClass())) {
            return true;
        }
        String stack = f.stackTrace() == null ? "" : f.stackTrace();
        return WINDOWING.stream().anyMatch(stack::contains);
    }
}

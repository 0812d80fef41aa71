package dev.bgsim.sdk;

import dev.bgsim.sdk.spi.TriggerRequestHandler;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs the task when the app signals it (WinRT {@code ApplicationTrigger}); manifest task type
 * {@code general}. Trigger details: {@link ApplicationTriggerDetails} with the arguments.
 *
 * <p>Only the foreground app may signal: a request from the background, or from a task, answers
 * {@link ApplicationTriggerResult#DISABLED_BY_POLICY} (and the checker reports it), as does a
 * request while access is denied or battery saver is on. A request while the task runs answers
 * {@link ApplicationTriggerResult#CURRENTLY_RUNNING}. The task may run for about 10 minutes, and
 * only if the app called {@link BackgroundExecutionManager#requestAccessAsync()}. A package may
 * hold one ApplicationTrigger registration; the user can also fire it by hand with arguments.
 *
 * <p>Signal through the trigger object you registered, or the one
 * {@link BackgroundTaskRegistration#getTrigger()} returns (after a restart). Unlike WinRT, where
 * any instance can signal, in bgsim a trigger object that was never registered answers
 * {@link ApplicationTriggerResult#UNKNOWN_ERROR}.
 */
public final class ApplicationTrigger extends BackgroundTrigger {

    /** Creates the trigger. */
    public ApplicationTrigger() {
    }

    /**
     * Signals the trigger without arguments: {@code requestAsync(Map.of())}.
     *
     * @return a stage completed with the broker's answer
     */
    public CompletionStage<ApplicationTriggerResult> requestAsync() {
        return requestAsync(Map.of());
    }

    /**
     * Signals the trigger: the broker runs the task with the arguments as its trigger details, or
     * answers why not. The stage completes once the broker has decided (possibly on a simulator
     * thread, possibly before this method returns); it never completes exceptionally for a
     * refusal.
     *
     * @param arguments JSON-representable values (see {@link JsonValues}); copied
     * @return a stage completed with the broker's answer
     * @throws NullPointerException when {@code arguments} is null
     * @throws IllegalArgumentException when a value is not JSON-representable
     */
    public CompletionStage<ApplicationTriggerResult> requestAsync(Map<String, ?> arguments) {
        Map<String, Object> copy = JsonValues.immutableCopyOfMap(arguments, "ApplicationTrigger arguments");
        TriggerRequestHandler handler = boundRequestHandler();
        if (handler == null) {
            return CompletableFuture.completedStage(ApplicationTriggerResult.UNKNOWN_ERROR);
        }
        return handler.requestApplicationTrigger(this, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationTrigger;
    }

    @Override
    public int hashCode() {
        return ApplicationTrigger.class.getName().hashCode();
    }

    @Override
    public String toString() {
        return "ApplicationTrigger";
    }
}

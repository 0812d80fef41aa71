package dev.bgsim.sdk;

import dev.bgsim.sdk.spi.TriggerRequestHandler;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs the task when the app signals it, for media work such as transcoding (WinRT
 * {@code MediaProcessingTrigger}); manifest task type {@code mediaProcessing}. Trigger details:
 * {@link MediaProcessingTriggerDetails} with the arguments.
 *
 * <p>Signalled like {@link ApplicationTrigger}: foreground only (otherwise
 * {@link MediaProcessingTriggerResult#DISABLED_BY_POLICY}), one running at a time (otherwise
 * {@link MediaProcessingTriggerResult#CURRENTLY_RUNNING}), one registration per package. Signal
 * through the trigger object you registered or the one {@link BackgroundTaskRegistration#getTrigger()}
 * returns; a trigger object that was never registered answers
 * {@link MediaProcessingTriggerResult#UNKNOWN_ERROR}.
 */
public final class MediaProcessingTrigger extends BackgroundTrigger {

    /** Creates the trigger. */
    public MediaProcessingTrigger() {
    }

    /**
     * Signals the trigger without arguments: {@code requestAsync(Map.of())}.
     *
     * @return a stage completed with the broker's answer
     */
    public CompletionStage<MediaProcessingTriggerResult> requestAsync() {
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
    public CompletionStage<MediaProcessingTriggerResult> requestAsync(Map<String, ?> arguments) {
        Map<String, Object> copy = JsonValues.immutableCopyOfMap(arguments, "MediaProcessingTrigger arguments");
        TriggerRequestHandler handler = boundRequestHandler();
        if (handler == null) {
            return CompletableFuture.completedStage(MediaProcessingTriggerResult.UNKNOWN_ERROR);
        }
        return handler.requestMediaProcessingTrigger(this, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaProcessingTrigger;
    }

    @Override
    public int hashCode() {
        return MediaProcessingTrigger.class.getName().hashCode();
    }

    @Override
    public String toString() {
        return "MediaProcessingTrigger";
    }
}

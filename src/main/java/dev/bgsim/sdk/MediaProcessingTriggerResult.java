package dev.bgsim.sdk;

/**
 * The answer to {@link MediaProcessingTrigger#requestAsync()} (WinRT
 * {@code MediaProcessingTriggerResult}). Constants are in WinRT order: {@link #ordinal()} equals
 * the WinRT value.
 */
public enum MediaProcessingTriggerResult {
    /** The trigger was signalled: the task will run (subject to its conditions). */
    ALLOWED,
    /** Refused: the task is already running. */
    CURRENTLY_RUNNING,
    /** Refused by policy: access denied, battery saver, or the request came from the background or a task. */
    DISABLED_BY_POLICY,
    /** Refused for another reason; in bgsim: the trigger object was never registered. */
    UNKNOWN_ERROR
}

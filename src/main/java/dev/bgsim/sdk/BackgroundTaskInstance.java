package dev.bgsim.sdk;

/** Placeholder while the SDK is written: replaced by the full interface. */
public interface BackgroundTaskInstance {
}

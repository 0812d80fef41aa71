package dev.bgsim.engine.host;

import dev.bgsim.host.process.HostExit;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a child-JVM host tells the engine, decoded and typed. Every method is called on the
 * engine thread (the {@link ChildJvmHost} posts through its {@link EnginePort}), in the order the
 * host sent the frames; {@link #hostExited} comes last. The instance controller implements it.
 */
public interface ChildHostEvents {
    /** run() was entered: the piece that started it holds the baton until it parks or returns. */
    void runEntered(UUID instance);

    void runReturned(UUID instance);

    /** run() threw; {@code className} is the exception's class (e.g. java.awt.HeadlessException). */
    void runThrew(UUID instance, String className, String message, String stackTrace);

    /** The task could not be created (class missing, not a BackgroundTask, constructor threw). */
    void startFailed(UUID instance, String message, String stackTrace);

    void deferralTaken(UUID instance, int deferral, String stackTrace);

    /** {@code again}: this deferral was completed before (harmless, reported by the checker). */
    void deferralCompleted(UUID instance, int deferral, boolean again);

    void progress(UUID instance, int progress);

    /**
     * A thread parked in TaskClock.sleep; answer with {@link ChildJvmHost#wake} once simulated
     * time has moved on by {@code duration}. {@code tracked}: the thread is one the host started
     * for a piece (run, timer callback, listener), so its piece ends here.
     */
    void sleepRequested(UUID instance, long sleepId, Duration duration, boolean tracked, String threadName);

    /** A TaskClock timer was created; fire it with {@link ChildJvmHost#fireTimer}. */
    void timerCreated(UUID instance, long timerId, Duration delay, boolean periodic);

    void timerCancelled(UUID instance, long timerId);

    /** A timer callback returned (or died: see {@link #threadDied}); its piece ends. */
    void timerCallbackDone(UUID instance, long timerId);

    /** Every canceled listener returned; the canceled-listener piece ends. */
    void canceledListenersDone(UUID instance);

    /** The instance now has {@code count} canceled listeners. */
    default void canceledListenerCount(UUID instance, int count) {
    }

    /** {@code value} is a JSON value as read from the frame (Long for integers). */
    void settingPut(UUID instance, String key, Object value);

    void settingRemoved(UUID instance, String key);

    /** kind: toast, tile, badge or clearBadge; unused fields are null. */
    void notification(UUID instance, String kind, String title, String text, List<String> lines, Integer badge);

    /** Output of a task: stream is stdout, stderr or logger (with a level); instance null when unknown. */
    void output(UUID instance, String stream, String level, String text);

    /** Output past the cap was dropped; {@code totalDropped} so far. */
    void outputDropped(UUID instance, long totalDropped);

    /** A task thread died with an exception; instance null when the thread belongs to no instance. */
    void threadDied(UUID instance, String threadName, String className, String message, String stackTrace);

    /**
     * The host process ended. {@code lost} are the instances attached to it that had not been
     * detached: the engine terminates them (SPEC 3.7/3.8), naming {@code exit.reason()}.
     */
    void hostExited(ChildJvmHost host, HostExit exit, Set<UUID> lost);

    /** No heartbeat for {@code silentFor} although bgsim did not suspend the host. */
    void hostUnresponsive(ChildJvmHost host, Duration silentFor);

    void hostResponsiveAgain(ChildJvmHost host);

    /** The host's heap in use moved by a step since the last sample (see {@code Events.HostHeapSampled}). */
    void hostHeapSampled(ChildJvmHost host, long heapUsedBytes, long heapMaxBytes);
}

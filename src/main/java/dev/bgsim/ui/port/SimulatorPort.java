package dev.bgsim.ui.port;

import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * What the GUI asks of the simulator, in the GUI's words. The product backs it with the engine
 * ({@code EngineSimulatorPort}); view-model tests back it with a recording fake. Every method may
 * be called on the FX thread and returns at once: answers arrive as futures, completed on some
 * other thread, and everything that happened arrives on the event stream.
 */
public interface SimulatorPort extends AutoCloseable {
    /** Subscribes to the event stream, with the history first. */
    Subscription subscribe(EventSubscriber subscriber);

    /** The clock's current status (time, mode, holds). */
    CompletableFuture<ClockStatus> clockStatus();

    // --- clock ---
    CompletableFuture<Outcome> pause(boolean paused);

    CompletableFuture<Outcome> step();

    CompletableFuture<Outcome> setSpeed(double speed);

    CompletableFuture<Outcome> setTimeSkipping(boolean on);

    // --- device ---
    CompletableFuture<Outcome> changeDevice(UnaryOperator<DeviceState> change);

    CompletableFuture<Outcome> setProfile(String profileName);

    /**
     * A custom device profile from a JSON file (docs/device-profiles.md), read off the FX thread;
     * a refusal's message names {@code file:line:col}, what is wrong and what would be right.
     */
    default CompletableFuture<Outcome> setCustomProfile(Path file) {
        return CompletableFuture.completedFuture(new Outcome(false, "this simulator cannot change its device profile"));
    }

    /** The names of the device profiles the user may pick. */
    List<String> profileNames();

    CompletableFuture<Outcome> setAccess(String packageName, AccessSetting setting);

    // --- packages and registrations ---
    /**
     * Loads one package file (a jar, a bgsim-manifest.json, an appx manifest, or a folder holding
     * one) off the FX thread; a refusal's message lists the diagnostics, one
     * {@code file:line:col: error: ...} a line.
     */
    CompletableFuture<Outcome> openPackage(Path file);

    /** True when packages run here from their files, so a change on disk can be reloaded (not in a replay). */
    default boolean runsPackageFiles() {
        return false;
    }

    /** Reads a package loaded from a file again from the same path: an update when its files changed or its version rose. */
    CompletableFuture<Outcome> reloadPackage(String packageName);

    CompletableFuture<Outcome> fire(UUID registrationId, boolean forced, String arguments);

    CompletableFuture<Outcome> unregister(UUID registrationId, boolean cancelTask);

    /** The entry points of the tasks a loaded package declares, in manifest order (empty: no such package). */
    CompletableFuture<List<String>> declaredTasks(String packageName);

    /** Registers one of a package's declared tasks by hand, as an app's register() would. */
    CompletableFuture<Outcome> register(ManualRegistration registration);

    /** Raises a system event as the system would: registrations with a SystemTrigger for it fire (SPEC 3.4). */
    default CompletableFuture<Outcome> raiseSystemEvent(dev.bgsim.sdk.SystemTriggerType type) {
        return CompletableFuture.completedFuture(new Outcome(false, "this simulator cannot raise system events"));
    }

    /**
     * Log off (SPEC 3.9): running tasks cancelled with LOGGING_OFF. With a package, only that
     * package's user logs off; with null, everyone does and the session disconnects.
     */
    default CompletableFuture<Outcome> logOff(String packageNameOrNull) {
        return CompletableFuture.completedFuture(new Outcome(false, "this simulator cannot log users off"));
    }

    // --- instances and hosts ---
    CompletableFuture<Outcome> cancel(UUID instanceId, BackgroundTaskCancellationReason reason);

    CompletableFuture<Outcome> terminate(UUID instanceId);

    CompletableFuture<Outcome> hostAction(String hostId, HostAction action);

    /**
     * Debug mode for a package's task hosts started from now on (SPEC 3.7): JDWP on 127.0.0.1,
     * optionally waiting for the debugger; time limits off unless {@code enforceTimeLimits}.
     */
    default CompletableFuture<Outcome> debugHosts(String packageName, boolean on, boolean waitForDebugger,
            boolean enforceTimeLimits) {
        return CompletableFuture.completedFuture(new Outcome(false, "this simulator has no task hosts to debug"));
    }

    /** Whether a package's in-process tasks run isolated, in a child JVM (SPEC 3.8). */
    default CompletableFuture<Outcome> runIsolated(String packageName, boolean on) {
        return CompletableFuture.completedFuture(new Outcome(false, "this simulator cannot run apps isolated"));
    }

    /** Where each live instance's CPU time can be read (empty: this simulator runs no code to measure). */
    default CompletableFuture<List<dev.bgsim.engine.InstanceCpuSource>> cpuSources() {
        return CompletableFuture.completedFuture(List.of());
    }

    // --- app ---
    CompletableFuture<Outcome> appAction(String packageName, AppAction action);

    /** Presses one of the buttons the package's app publishes (LocalSettings {@code Commands.Available}). */
    CompletableFuture<Outcome> pressAppButton(String packageName, String command);

    @Override
    void close();
}

package dev.bgsim.engine;

import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.broker.RegistrationRequest;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.engine.time.SkipPolicy;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemTriggerType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Everything a client (GUI, scenario, test) can ask the engine to do. One command = one unit of
 * work = one batch of events. Submit with {@link Engine#submit}.
 */
public sealed interface Command {
    // --- packages and registrations ---
    /** Loads a package built in code (tests) or already read; manifest registrations are created unless one of that name exists. */
    record LoadPackage(SimPackage pkg) implements Command { }

    /**
     * Reads the package at {@code path} (a jar with bgsim-manifest.json, a bgsim-manifest.json, an
     * appx manifest, or a folder holding one) off the engine thread, then loads it. {@code codeJar}
     * is the {@code --code} jar (may be null). Refused, with every diagnostic as
     * {@code file:line:col: error: ...} lines and a PackageRefused event, when the package has errors
     * or its identity name is taken. Commands submitted after it wait for it: order is kept.
     */
    record LoadPackageFile(Path path, Path codeJar) implements Command {
        public LoadPackageFile(Path path) {
            this(path, null);
        }
    }

    /**
     * Reads a new version of a loaded package from {@code path} (off the engine thread) and updates to
     * it (SPEC 3.9): the identity name must be loaded; the version must be higher, or the same with
     * different files.
     */
    record UpdatePackageFile(Path path, Path codeJar) implements Command {
        public UpdatePackageFile(Path path) {
            this(path, null);
        }
    }

    /** Reads a package loaded from files again from the same path and code jar; changed files or a higher version = update. */
    record ReloadPackage(String packageName) implements Command { }

    record Register(RegistrationRequest request) implements Command { }

    record Unregister(UUID taskId, boolean cancelTask) implements Command { }

    // --- triggers ---
    /** Fire one registration by hand; forced skips conditions and policy. */
    record Fire(UUID taskId, boolean forced, Object details) implements Command { }

    /**
     * Fire every registration with this name (names are not unique) in one package. A {@code Map}
     * as {@code details} is "fire with arguments": it becomes the trigger's details
     * (ApplicationTriggerDetails, MediaProcessingTriggerDetails, DeviceUseDetails...).
     */
    record FireByName(String packageName, String registrationName, boolean forced, Object details) implements Command { }

    /**
     * A system event: every registration listening for it is triggered. {@code forced} fires them
     * as the user's force fire does (conditions and policy skipped, SPEC 3.4).
     */
    record RaiseSystemEvent(SystemTriggerType type, boolean forced) implements Command {
        public RaiseSystemEvent(SystemTriggerType type) {
            this(type, false);
        }
    }

    // --- device and policy ---
    /** Replace the device state with {@code change.apply(current)}; fires the matching system events. */
    record SetDevice(UnaryOperator<DeviceState> change) implements Command { }

    record SetProfile(DeviceProfile profile) implements Command { }

    record SetAccess(String packageName, AccessSetting setting) implements Command { }

    /** As if the app called requestAccessAsync() (true) or removeAccess() (false). */
    record SetAccessRequested(String packageName, boolean requested) implements Command { }

    // --- instances and hosts ---
    record CancelInstance(UUID instanceId, BackgroundTaskCancellationReason reason) implements Command { }

    record TerminateInstance(UUID instanceId) implements Command { }

    record TerminateHost(String hostId) implements Command { }

    record SuspendHost(String hostId) implements Command { }

    record ResumeHost(String hostId) implements Command { }

    /**
     * Debug mode for a package's child-JVM hosts started from now on (SPEC 3.7): JDWP on
     * 127.0.0.1, its port in a HostDebugging event; {@code waitForDebugger}: the JVM waits for
     * the debugger before anything runs; time limits are off unless {@code enforceTimeLimits}.
     * Hosts already running keep their mode (terminate them to restart in the new one);
     * {@code on = false} ends debug mode.
     */
    record DebugHosts(String packageName, boolean on, boolean waitForDebugger, boolean enforceTimeLimits) implements Command {
        public DebugHosts(String packageName, boolean on) {
            this(packageName, on, false, false);
        }
    }

    /**
     * Run a package's in-process tasks isolated (SPEC 3.8): their activations
     * ({@code onBackgroundActivated}) run in a child JVM that is the app's process instead of
     * bgsim's JVM. Takes effect from the next activation that finds no isolated app process
     * running; {@code on = false} returns to bgsim's JVM the same way.
     */
    record RunIsolated(String packageName, boolean on) implements Command { }

    // --- clock ---
    record Pause() implements Command { }

    record Resume() implements Command { }

    /** Advance to the next due entry, fire it, pause. */
    record Step() implements Command { }

    record SetSpeed(double speed) implements Command { }

    record SetTimeSkipping(boolean on) implements Command { }

    /** Run (unpause) until simulated {@code until}, then pause there. The result completes at that instant. */
    record RunUntil(Instant until) implements Command { }

    /** When skipping may jump: ALWAYS (SPEC 3.1) or WHILE_TASKS_WAIT (idle time flows; for the GUI). */
    record SetSkipPolicy(SkipPolicy policy) implements Command { }

    // --- app lifecycle (SPEC 3.9) ---
    /** A user action on a package's app: one of {@link #USER_ACTIONS}. */
    record AppCommand(String packageName, AppAction action) implements Command {
        public static final Set<AppAction> USER_ACTIONS = Set.of(AppAction.LAUNCH, AppAction.MINIMISE, AppAction.RESTORE,
                AppAction.SUSPEND, AppAction.SYSTEM_SUSPEND, AppAction.RESUME, AppAction.TERMINATE,
                AppAction.SUSPEND_AND_TERMINATE);
    }

    /**
     * The user presses one of the buttons a package's app publishes (a list of command strings in
     * its LocalSettings value {@code Commands.Available}): the command is queued in the app's
     * LocalSettings value {@code Commands} and the app is brought to the foreground, where it runs
     * what is queued. See {@link dev.bgsim.engine.app.AppButtons}.
     */
    record PressAppButton(String packageName, String command) implements Command { }

    /** Update: same identity, same or higher version; cancels with SERVICING_UPDATE, swaps code, fires SERVICING_COMPLETE. */
    record UpdatePackage(SimPackage pkg) implements Command { }

    /** Uninstall: cancels with UNINSTALL, removes registrations, local settings and the package. */
    record UninstallPackage(String packageName) implements Command { }

    /**
     * Log off: cancels every task with LOGGING_OFF, closes apps, disconnects the session. With a
     * {@code packageName}, only that package's user logs off (the package is installed for one
     * user of several): its tasks are cancelled and its app closed; the session stays.
     */
    record LogOff(String packageName) implements Command {
        public LogOff() {
            this(null);
        }
    }

    /**
     * Signal an app trigger as the foreground app would (Application, MediaProcessing, DeviceUse,
     * DeviceServicing): the same rules as requestAsync; the result message names the SDK result.
     * {@code deviceId} is for device triggers (null: "bgsim-device").
     */
    record RequestTrigger(String packageName, String registrationName, Map<String, Object> arguments, String deviceId)
            implements Command { }
}

package dev.bgsim.engine.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every event payload type of the stream, past tense, immutable. Enum-like fields are carried as
 * their constant names (strings) so that a recording stays readable by any later build. The
 * subjects (package, registration, instance, host) are in the envelope, not repeated here.
 */
public final class Events {
    private Events() {
    }

    /** All known payload types, for the JSON codec. */
    public static List<Class<?>> types() {
        return Arrays.stream(Events.class.getDeclaredClasses())
                .filter(EventPayload.class::isAssignableFrom)
                .toList();
    }

    // --- engine and clock ---

    /** @param device the device state the engine started in (the fields of DeviceStateChanged's state) */
    public record EngineStarted(String profile, Instant start, boolean timeSkipping, double speed, Map<String, Object> device)
            implements EventPayload {
    }

    public record ClockModeChanged(String mode, boolean paused, boolean timeSkipping, double speed, String explanation)
            implements EventPayload {
    }

    public record ProfileChanged(String profile) implements EventPayload {
    }

    public record EngineErrorOccurred(String message, String stackTrace) implements EventPayload {
    }

    // --- device and policy ---

    /**
     * @param changed the fields that changed
     * @param state   every field after the change
     * @param why     what changed it: {@link #BY_USER} (a client command: GUI, scenario, test), "battery drain",
     *                "log off"
     */
    public record DeviceStateChanged(List<String> changed, Map<String, Object> state, String why) implements EventPayload {
        /** {@code why} of a change a client asked for. */
        public static final String BY_USER = "set by the user";
    }

    /** @param raisedBy USER (a client raised it by hand) or SYSTEM (a device change, servicing...) */
    public record SystemEventRaised(String systemTriggerType, String raisedBy) implements EventPayload {
    }

    public record AccessChanged(String setting, boolean requested, String status) implements EventPayload {
    }

    // --- packages and registrations ---

    /** @param tasks the declared tasks themselves, in manifest order (null in recordings made before they were listed) */
    public record PackageLoaded(String version, String appEntryPoint, int declaredTasks, List<TaskDeclaration> tasks)
            implements EventPayload {
        public PackageLoaded(String version, String appEntryPoint, int declaredTasks) {
            this(version, appEntryPoint, declaredTasks, null);
        }
    }

    /**
     * One background task a package declares in its manifest (SPEC 5: the packages tree lists them).
     *
     * @param taskTypes                 the manifest task types, sorted (the engine keeps them as a set)
     * @param resourceGroup             the host group, or null for the package's default host
     * @param supportsMultipleInstances a new host per activation
     */
    public record TaskDeclaration(String entryPoint, List<String> taskTypes, String resourceGroup,
                                  boolean supportsMultipleInstances) {
        public static List<TaskDeclaration> of(List<dev.bgsim.engine.packages.DeclaredTask> tasks) {
            return tasks.stream().map(t -> new TaskDeclaration(t.entryPoint(), t.taskTypes().stream().sorted().toList(),
                    t.resourceGroup(), t.supportsMultipleInstances())).toList();
        }
    }

    public record PackageUnloaded(String why) implements EventPayload {
    }

    /**
     * A package was read from files, before it is loaded or updated (same batch): where from, which
     * form, its code jars and the loader's warnings and notes ({@code file:line:col: warning: ...}).
     */
    public record PackageRead(String path, String form, List<String> codeJars, List<String> diagnostics)
            implements EventPayload {
    }

    /**
     * Loading, updating or reloading a package from files was refused; {@code action} is LOAD,
     * UPDATE or RELOAD; {@code diagnostics} are the loader's lines ({@code file:line:col: error: ...})
     * or the engine's reason. Nothing else changed.
     */
    public record PackageRefused(String path, String action, List<String> diagnostics) implements EventPayload {
    }

    /** @param tasks the tasks the new version declares (null in recordings made before they were listed) */
    public record PackageUpdated(String fromVersion, String toVersion, List<TaskDeclaration> tasks) implements EventPayload {
        public PackageUpdated(String fromVersion, String toVersion) {
            this(fromVersion, toVersion, null);
        }
    }

    /** @param networkRequested the task asked for the network to be kept up while it runs (last: older recordings read false) */
    public record RegistrationAdded(String entryPoint, String trigger, String triggerKind, List<String> conditions,
                                    boolean cancelOnConditionLoss, String group, String origin,
                                    boolean taskTypeDeclared, boolean networkRequested) implements EventPayload {
    }

    /** @param requestedBy USER (a client command), APP (app or task code called unregister) or SYSTEM (uninstall) */
    public record RegistrationRemoved(boolean cancelTask, String why, String requestedBy) implements EventPayload {
    }

    public record RegistrationRefused(String name, String reason, String message) implements EventPayload {
    }

    // --- triggers and activations ---

    public record TriggerFired(String source, boolean forced, String trigger, Object details) implements EventPayload {
    }

    public record FireRefused(String why) implements EventPayload {
    }

    public record ActivationLatched(List<String> reasons, String whyPending) implements EventPayload {
    }

    public record ActivationCoalesced(String whyPending) implements EventPayload {
    }

    public record OneShotConsumed() implements EventPayload {
    }

    /**
     * An app-signalled trigger was requested (requestAsync, or the user's "request").
     *
     * @param caller FOREGROUND_APP, BACKGROUND_APP, TASK, USER or UNKNOWN; anything but the
     *               first and USER is "requested from the background" for the checker
     * @param result the SDK result constant (ApplicationTriggerResult, DeviceTriggerResult...)
     */
    public record TriggerRequested(String trigger, String result, String caller, String why, Object details)
            implements EventPayload {
    }

    // --- instances ---

    public record InstanceStarted(String entryPoint, boolean forced, boolean inProcess, Duration timeLimit)
            implements EventPayload {
    }

    public record DeferralTaken(int deferral, String stackTrace) implements EventPayload {
    }

    public record DeferralCompleted(int deferral, boolean alreadyCompleted) implements EventPayload {
    }

    public record ProgressReported(int progress) implements EventPayload {
    }

    public record RunReturned(int outstandingDeferrals) implements EventPayload {
    }

    public record WorkAbandoned(List<String> threads, int armedTimers) implements EventPayload {
    }

    /** @param requestedBy USER (a client cancelled the instance by hand) or SYSTEM (policy, quota, servicing...) */
    public record CancelRequested(String reason, Instant graceEnds, int listeners, String requestedBy)
            implements EventPayload {
    }

    public record TimeLimitPaused(Duration remaining) implements EventPayload {
    }

    public record InstanceCompleted() implements EventPayload {
    }

    public record InstanceCanceled(String reason) implements EventPayload {
    }

    public record InstanceFailed(String exceptionClass, String message, String stackTrace, String thread)
            implements EventPayload {
    }

    /**
     * @param cause        GRACE_EXPIRED, LOW_MEMORY, USER, HOST_TERMINATED (collateral), APP_TERMINATED, ...
     * @param collateralOf the instance whose termination took this one down, or null
     * @param collateral   instances terminated with this one (names like "X#3")
     */
    public record InstanceTerminated(String cause, String reason, String collateralOf, List<String> collateral)
            implements EventPayload {
    }

    public record LowMemoryWouldTerminate(List<String> instances, String note) implements EventPayload {
    }

    /**
     * Progress or a completion for the app's listeners on a registration.
     *
     * @param kind     PROGRESS or COMPLETED
     * @param outcome  DELIVERED (queued on the app thread now), QUEUED (app suspended: on resume),
     *                 or DELIVERED_AFTER_RESUME; nothing is emitted when the app is not running
     * @param listeners how many listeners the app attached
     */
    public record AppNotified(String kind, String outcome, int listeners) implements EventPayload {
    }

    // --- hosts ---

    public record HostStarted(String kind, String placement) implements EventPayload {
    }

    public record HostStopped(String why) implements EventPayload {
        /** {@code why} of a host a client terminated. */
        public static final String BY_USER = "terminated by the user";
    }

    public record HostCrashed(String why, List<String> instances) implements EventPayload {
    }

    public record HostSuspended(int instances) implements EventPayload {
    }

    /**
     * A child-JVM host started in debug mode: a Java debugger attaches to {@code address}:{@code port}
     * (JDWP, loopback only). {@code waitsForDebugger}: its JVM waits for the debugger before
     * running anything; time limits of its instances are off unless {@code timeLimitsEnforced}.
     */
    public record HostDebugging(String address, int port, long pid, boolean waitsForDebugger, boolean timeLimitsEnforced)
            implements EventPayload {
    }

    /** A child-JVM host sent no heartbeat for {@code silentFor} although bgsim did not suspend it. */
    public record HostUnresponsive(Duration silentFor, String why) implements EventPayload {
    }

    /** A host that was unresponsive beats again. */
    public record HostResponsive() implements EventPayload {
    }

    /**
     * A child-JVM host's heap in use changed by at least {@link #STEP_BYTES} since the last sample
     * (read from its heartbeat): what its tasks allocated, garbage not yet collected included.
     */
    public record HostHeapSampled(long heapUsedBytes, long heapMaxBytes) implements EventPayload {
        /** The change that makes a new sample: small enough to see a task's buffers, large enough to stay quiet. */
        public static final long STEP_BYTES = 2L * 1024 * 1024;
    }

    public record HostResumed() implements EventPayload {
    }

    // --- app ---

    /** @param why what caused the action (the user, "in-process task X#1", "suspend deadline"...) */
    public record AppStateChanged(String from, String to, String action, String why) implements EventPayload {
        /** {@code why} of an app action a client asked for. */
        public static final String BY_USER = "the user";
    }

    /**
     * The system would have suspended the app (it has been in the background for the profile's
     * delay) but does not while in-process tasks run (SPEC 3.9); it suspends once the last ends.
     *
     * @param instances the in-process instances that hold it, as {@code Name#n}
     */
    public record AppSuspendHeld(List<String> instances, String why) implements EventPayload {
    }

    public record AppCallbackFailed(String callback, String exceptionClass, String message, String stackTrace)
            implements EventPayload {
    }

    /**
     * An app callback returned normally (for now only {@code onLaunched}): with AppCallbackFailed
     * it closes the callback, so the checker can tell what a launch did (SPEC 4, "re-register
     * your background tasks during app launch").
     */
    public record AppCallbackReturned(String callback) implements EventPayload {
    }

    /**
     * App code looked at the existing registrations: {@code call} is getAllTasks,
     * getAllTaskGroups or getTaskGroup, {@code shown} how many registrations (or groups) it got.
     */
    public record RegistrationsEnumerated(String call, int shown) implements EventPayload {
    }

    /** Battery saver went on or off by itself (automatic mode at the threshold while on battery, off on AC). */
    public record BatterySaverSwitched(boolean active, int batteryPercent, String why) implements EventPayload {
    }

    /** A workspace file could not be read: reported and moved aside, never silently dropped (SPEC 7). */
    public record WorkspaceProblem(String file, String problem, String movedTo) implements EventPayload {
    }

    public record WorkspaceRestored(int registrations, int packages, int accessSettings)
            implements EventPayload {
    }

    // --- task side effects ---

    public record TaskOutput(String level, String message, String thread) implements EventPayload {
    }

    public record LocalSettingChanged(String key, Object value, boolean removed) implements EventPayload {
    }

    public record NotificationShown(String kind, String title, String text, List<String> lines, Integer badge)
            implements EventPayload {
    }
}

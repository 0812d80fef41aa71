package dev.bgsim.ui.port;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The {@link SimulatorPort} backed by the real {@link Engine}: each GUI request becomes one engine
 * command, and the engine's {@link CommandResult} becomes an {@link Outcome}. Nothing here blocks.
 */
public final class EngineSimulatorPort implements SimulatorPort {
    private final Engine engine;

    public EngineSimulatorPort(Engine engine) {
        this.engine = engine;
    }

    /** Loads an already-built package (bundled samples, tests). */
    public CompletableFuture<Outcome> load(SimPackage pkg) {
        return send(new Command.LoadPackage(pkg));
    }

    @Override
    public Subscription subscribe(EventSubscriber subscriber) {
        return engine.subscribe(subscriber, true);
    }

    @Override
    public CompletableFuture<ClockStatus> clockStatus() {
        return engine.clockStatus();
    }

    @Override
    public CompletableFuture<Outcome> pause(boolean paused) {
        return send(paused ? new Command.Pause() : new Command.Resume());
    }

    @Override
    public CompletableFuture<Outcome> step() {
        return send(new Command.Step());
    }

    @Override
    public CompletableFuture<Outcome> setSpeed(double speed) {
        return send(new Command.SetSpeed(speed));
    }

    @Override
    public CompletableFuture<Outcome> setTimeSkipping(boolean on) {
        return send(new Command.SetTimeSkipping(on));
    }

    @Override
    public CompletableFuture<Outcome> changeDevice(UnaryOperator<DeviceState> change) {
        return send(new Command.SetDevice(change));
    }

    @Override
    public CompletableFuture<Outcome> setProfile(String profileName) {
        try {
            return send(new Command.SetProfile(DeviceProfile.named(profileName)));
        } catch (Exception e) {
            return CompletableFuture.completedFuture(Outcome.refused(e.getMessage()));
        }
    }

    /** Reads the file on a background thread (never the FX thread); a refusal names file:line:col and the fix. */
    @Override
    public CompletableFuture<Outcome> setCustomProfile(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return DeviceProfile.fromFile(file);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(file + ": cannot be read (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null || e.getMessage().equals(file.toString()) ? "" : ": " + e.getMessage())
                        + "); choose a device profile JSON file (docs/device-profiles.md)", e);
            }
        }).thenCompose(profile -> send(new Command.SetProfile(profile)))
                .exceptionally(failure -> Outcome.refused(failure instanceof java.util.concurrent.CompletionException c
                        && c.getCause() != null ? c.getCause().getMessage() : failure.getMessage()));
    }

    @Override
    public List<String> profileNames() {
        return DeviceProfile.BUILT_IN;
    }

    @Override
    public CompletableFuture<Outcome> setAccess(String packageName, AccessSetting setting) {
        return send(new Command.SetAccess(packageName, setting));
    }

    @Override
    public CompletableFuture<Outcome> openPackage(Path file) {
        return send(new Command.LoadPackageFile(file));
    }

    @Override
    public boolean runsPackageFiles() {
        return true;
    }

    @Override
    public CompletableFuture<Outcome> reloadPackage(String packageName) {
        return send(new Command.ReloadPackage(packageName));
    }

    @Override
    public CompletableFuture<Outcome> fire(UUID registrationId, boolean forced, String arguments) {
        return send(new Command.Fire(registrationId, forced, arguments));
    }

    @Override
    public CompletableFuture<Outcome> unregister(UUID registrationId, boolean cancelTask) {
        return send(new Command.Unregister(registrationId, cancelTask));
    }

    @Override
    public CompletableFuture<List<String>> declaredTasks(String packageName) {
        return engine.declaredTasks(packageName).thenApply(tasks -> tasks.stream()
                .map(dev.bgsim.engine.packages.DeclaredTask::entryPoint).toList());
    }

    @Override
    public CompletableFuture<Outcome> register(ManualRegistration r) {
        dev.bgsim.sdk.BackgroundTrigger trigger;
        try {
            trigger = r.trigger().toSdkTrigger();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(Outcome.refused("Not a valid trigger: " + e.getMessage()));
        }
        // Origin USER, as the scenario runner's register step: the broker's checks are the app's.
        var request = new dev.bgsim.engine.broker.RegistrationRequest(r.packageName(), r.name(), r.entryPoint(),
                trigger, r.conditions(), false, null, "USER");
        return engine.submit(new Command.Register(request)).thenApply(result -> result.ok()
                ? Outcome.ok("registered " + r.describe())
                : new Outcome(false, "Could not register " + r.name() + ": " + result.message()));
    }

    @Override
    public CompletableFuture<Outcome> raiseSystemEvent(dev.bgsim.sdk.SystemTriggerType type) {
        return send(new Command.RaiseSystemEvent(type));
    }

    @Override
    public CompletableFuture<Outcome> logOff(String packageNameOrNull) {
        return send(new Command.LogOff(packageNameOrNull));
    }

    @Override
    public CompletableFuture<Outcome> cancel(UUID instanceId, BackgroundTaskCancellationReason reason) {
        return send(new Command.CancelInstance(instanceId, reason));
    }

    @Override
    public CompletableFuture<Outcome> terminate(UUID instanceId) {
        return send(new Command.TerminateInstance(instanceId));
    }

    @Override
    public CompletableFuture<Outcome> hostAction(String hostId, HostAction action) {
        return send(switch (action) {
            case SUSPEND -> new Command.SuspendHost(hostId);
            case RESUME -> new Command.ResumeHost(hostId);
            case KILL -> new Command.TerminateHost(hostId);
        });
    }

    @Override
    public CompletableFuture<Outcome> debugHosts(String packageName, boolean on, boolean waitForDebugger,
            boolean enforceTimeLimits) {
        return send(new Command.DebugHosts(packageName, on, waitForDebugger, enforceTimeLimits));
    }

    @Override
    public CompletableFuture<Outcome> runIsolated(String packageName, boolean on) {
        return send(new Command.RunIsolated(packageName, on));
    }

    @Override
    public CompletableFuture<List<dev.bgsim.engine.InstanceCpuSource>> cpuSources() {
        return engine.cpuSources();
    }

    /** The app panel's buttons: lifecycle actions as the user does them; Update reads the package's files again. */
    @Override
    public CompletableFuture<Outcome> appAction(String packageName, AppAction action) {
        return send(switch (action) {
            case LAUNCH -> new Command.AppCommand(packageName, dev.bgsim.engine.app.AppAction.LAUNCH);
            case MINIMISE -> new Command.AppCommand(packageName, dev.bgsim.engine.app.AppAction.MINIMISE);
            case RESTORE -> new Command.AppCommand(packageName, dev.bgsim.engine.app.AppAction.RESTORE);
            case SUSPEND -> new Command.AppCommand(packageName, dev.bgsim.engine.app.AppAction.SUSPEND);
            case RESUME -> new Command.AppCommand(packageName, dev.bgsim.engine.app.AppAction.RESUME);
            case TERMINATE -> new Command.AppCommand(packageName, dev.bgsim.engine.app.AppAction.TERMINATE);
            case SUSPEND_AND_TERMINATE -> new Command.AppCommand(packageName, dev.bgsim.engine.app.AppAction.SUSPEND_AND_TERMINATE);
            case UPDATE -> new Command.ReloadPackage(packageName);
            case UNINSTALL -> new Command.UninstallPackage(packageName);
        });
    }

    @Override
    public CompletableFuture<Outcome> pressAppButton(String packageName, String command) {
        return send(new Command.PressAppButton(packageName, command));
    }

    private CompletableFuture<Outcome> send(Command command) {
        return engine.submit(command).thenApply(r -> new Outcome(r.ok(), r.message()));
    }

    @Override
    public void close() {
        engine.close();
    }
}

package dev.bgsim.ui;

import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.event.EventSubscriber;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.ui.port.AppAction;
import dev.bgsim.ui.port.HostAction;
import dev.bgsim.ui.port.Outcome;
import dev.bgsim.ui.port.SimulatorPort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/** A {@link SimulatorPort} for view-model tests: records each request in words and answers "ok" at once. */
public final class RecordingPort implements SimulatorPort {
    /** What was asked, one line per request ("fire 1234 forced=false args=null"). */
    public final List<String> requests = new ArrayList<>();
    /** The device changes asked for, to apply to a state in assertions. */
    public final List<UnaryOperator<DeviceState>> deviceChanges = new ArrayList<>();

    private CompletableFuture<Outcome> ok(String request) {
        requests.add(request);
        return CompletableFuture.completedFuture(Outcome.ok("did " + request));
    }

    @Override
    public Subscription subscribe(EventSubscriber subscriber) {
        return new Subscription() {
            @Override
            public int backlog() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public CompletableFuture<ClockStatus> clockStatus() {
        return new CompletableFuture<>();
    }

    @Override
    public CompletableFuture<Outcome> pause(boolean paused) { return ok("pause " + paused); }

    @Override
    public CompletableFuture<Outcome> step() { return ok("step"); }

    @Override
    public CompletableFuture<Outcome> setSpeed(double speed) { return ok("speed " + speed); }

    @Override
    public CompletableFuture<Outcome> setTimeSkipping(boolean on) { return ok("skipping " + on); }

    @Override
    public CompletableFuture<Outcome> changeDevice(UnaryOperator<DeviceState> change) {
        deviceChanges.add(change);
        return ok("device");
    }

    @Override
    public CompletableFuture<Outcome> setProfile(String profileName) { return ok("profile " + profileName); }

    @Override
    public List<String> profileNames() { return List.of("desktop", "mobile-512mb"); }

    @Override
    public CompletableFuture<Outcome> setAccess(String packageName, AccessSetting setting) {
        return ok("access " + packageName + " " + setting);
    }

    @Override
    public CompletableFuture<Outcome> openPackage(Path file) { return ok("open " + file); }

    @Override
    public CompletableFuture<Outcome> reloadPackage(String packageName) { return ok("reload " + packageName); }

    @Override
    public CompletableFuture<Outcome> fire(UUID registrationId, boolean forced, String arguments) {
        return ok("fire " + registrationId + " forced=" + forced + " args=" + arguments);
    }

    @Override
    public CompletableFuture<Outcome> unregister(UUID registrationId, boolean cancelTask) {
        return ok("unregister " + registrationId + " cancel=" + cancelTask);
    }

    @Override
    public CompletableFuture<List<String>> declaredTasks(String packageName) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<Outcome> register(dev.bgsim.ui.port.ManualRegistration registration) {
        return ok("register " + registration.packageName() + " " + registration.describe());
    }

    @Override
    public CompletableFuture<Outcome> cancel(UUID instanceId, BackgroundTaskCancellationReason reason) {
        return ok("cancel " + instanceId + " " + reason);
    }

    @Override
    public CompletableFuture<Outcome> terminate(UUID instanceId) { return ok("terminate " + instanceId); }

    @Override
    public CompletableFuture<Outcome> hostAction(String hostId, HostAction action) {
        return ok("host " + hostId + " " + action);
    }

    @Override
    public CompletableFuture<Outcome> appAction(String packageName, AppAction action) {
        return ok("app " + packageName + " " + action);
    }

    @Override
    public CompletableFuture<Outcome> pressAppButton(String packageName, String command) {
        return ok("pressed " + command + " in " + packageName);
    }

    @Override
    public void close() {
    }

    @Override
    public CompletableFuture<Outcome> debugHosts(String packageName, boolean on, boolean waitForDebugger,
            boolean enforceTimeLimits) {
        return ok("debugHosts " + packageName + " on=" + on + " wait=" + waitForDebugger + " enforce=" + enforceTimeLimits);
    }

    @Override
    public CompletableFuture<Outcome> runIsolated(String packageName, boolean on) {
        return ok("runIsolated " + packageName + " " + on);
    }
}

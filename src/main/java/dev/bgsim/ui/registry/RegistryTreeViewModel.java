package dev.bgsim.ui.registry;

import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.session.RegistrationRecord;
import dev.bgsim.ui.session.SessionRegistry;
import dev.bgsim.ui.shell.PackageLoading;
import dev.bgsim.ui.shell.Selection;
import dev.bgsim.ui.shell.UiContext;
import java.util.UUID;

/**
 * The packages and registrations tree's commands (SPEC 5): fire, force fire, fire with
 * arguments, cancel with a reason, terminate, unregister, register by hand. Each acts on the
 * current selection and reports its outcome in the status area.
 */
public final class RegistryTreeViewModel {
    private final UiContext ui;
    private final SessionRegistry registry;
    private final Selection selection;
    private final PackageLoading loading;

    private RegistrationRecord followed;
    private int followedFrom;

    private final java.util.Set<String> isolated = new java.util.HashSet<>();

    public RegistryTreeViewModel(UiContext ui, SessionRegistry registry, Selection selection, PackageLoading loading) {
        this.ui = ui;
        this.registry = registry;
        this.selection = selection;
        this.loading = loading;
        registry.revisionProperty().addListener((o, was, now) -> selectStartedInstance());
    }

    /** After a fire, the instance it starts is selected, so the inspector shows it at once. */
    private void selectStartedInstance() {
        if (followed != null && followed.instances().size() > followedFrom) {
            InstanceRecord started = followed.instances().get(followedFrom);
            followed = null;
            selection.instanceProperty().set(started.id());
        }
    }

    public SessionRegistry registry() { return registry; }

    public Selection selection() { return selection; }

    /** The selected registration, or that of the selected instance. */
    public RegistrationRecord targetRegistration() {
        UUID reg = selection.registrationProperty().get();
        if (reg != null && registry.registration(reg) != null) {
            return registry.registration(reg);
        }
        InstanceRecord i = targetInstance();
        return i == null ? null : i.registration();
    }

    /** The selected instance, or the newest live instance of the selected registration. */
    public InstanceRecord targetInstance() {
        UUID id = selection.instanceProperty().get();
        if (id != null && registry.instance(id) != null) {
            return registry.instance(id);
        }
        UUID reg = selection.registrationProperty().get();
        RegistrationRecord r = reg == null ? null : registry.registration(reg);
        if (r == null || r.liveInstances().isEmpty()) {
            return null;
        }
        return r.liveInstances().get(r.liveInstances().size() - 1);
    }

    public void fire(boolean forced) {
        fireWithArguments(forced, null);
    }

    public void fireWithArguments(boolean forced, String arguments) {
        RegistrationRecord r = targetRegistration();
        if (r == null) {
            ui.status().problem("Select a registration in the Packages tree first, then fire it.");
            return;
        }
        followed = r;
        followedFrom = r.instances().size();
        ui.report(ui.port().fire(r.id(), forced, arguments));
    }

    public void cancel(BackgroundTaskCancellationReason reason) {
        InstanceRecord i = targetInstance();
        if (i == null || i.isFinal()) {
            ui.status().problem("Select a running instance (in the tree or on the timeline) to cancel it.");
            return;
        }
        ui.report(ui.port().cancel(i.id(), reason));
    }

    public void terminate() {
        InstanceRecord i = targetInstance();
        if (i == null || i.isFinal()) {
            ui.status().problem("Select a running instance (in the tree or on the timeline) to terminate it.");
            return;
        }
        ui.report(ui.port().terminate(i.id()));
    }

    public void unregister(boolean cancelTask) {
        RegistrationRecord r = targetRegistration();
        if (r == null) {
            ui.status().problem("Select a registration to unregister.");
            return;
        }
        ui.report(ui.port().unregister(r.id(), cancelTask));
    }

    /** Reloads the selected package (or the package of the selected registration or instance) from its files. */
    public void reload() {
        String pkg = targetPackage();
        if (pkg == null) {
            ui.status().problem("Select a package (or one of its registrations) in the Packages tree to reload it.");
            return;
        }
        loading.reload(pkg);
    }

    /** Raises a system event; what it fired shows in the tree, on the timeline and in the log. */
    public void raiseSystemEvent(dev.bgsim.sdk.SystemTriggerType type) {
        ui.report(ui.port().raiseSystemEvent(type));
    }

    /** Logs off the target package's user, or everyone with {@code everyone}. */
    public void logOff(boolean everyone) {
        String pkg = targetPackage();
        if (!everyone && pkg == null) {
            ui.status().problem("Select a package in the Packages tree to log its user off.");
            return;
        }
        ui.report(ui.port().logOff(everyone ? null : pkg));
    }

    /** Whether the user set {@code packageName} to run its in-process tasks isolated (in a child JVM). */
    public boolean runsIsolated(String packageName) {
        return packageName != null && isolated.contains(packageName);
    }

    /** "Run isolated" (SPEC 3.8): the target package's in-process tasks run in a child JVM from its next app process. */
    public void setRunIsolated(boolean on) {
        String pkg = targetPackage();
        if (pkg == null) {
            ui.status().problem("Select a package in the Packages tree to run its in-process tasks isolated.");
            return;
        }
        var request = ui.port().runIsolated(pkg, on);
        request.thenAccept(o -> ui.fxThread().execute(() -> {
            if (o.ok() && on) {
                isolated.add(pkg);
            } else if (o.ok()) {
                isolated.remove(pkg);
            }
        }));
        ui.report(request);
    }

    /** The selected package, or the package of the selected registration or instance. */
    public String targetPackage() {
        String pkg = selection.packageProperty().get();
        RegistrationRecord r = targetRegistration();
        return pkg != null ? pkg : r == null ? null : r.pkg().name();
    }

    /** Registers a declared task by hand; the new registration shows in the tree from the event stream. */
    public void register(dev.bgsim.ui.port.ManualRegistration registration) {
        ui.report(ui.port().register(registration));
    }

    public UiContext ui() { return ui; }
}

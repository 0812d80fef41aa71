package dev.bgsim.engine.app;

import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.broker.Outcome;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.instance.Instance;
import dev.bgsim.engine.instance.InstanceController;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemTriggerType;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Update, uninstall and log off (SPEC 3.9; semantics reference 10.3, 10.5). Engine thread only.
 *
 * <table>
 *   <caption>servicing</caption>
 *   <tr><th>action</th><th>running tasks</th><th>app</th><th>then</th></tr>
 *   <tr><td>update</td><td>cancelled SERVICING_UPDATE</td><td>closed (NOT_RUNNING)</td><td>code swapped,
 *       registrations kept, access reset, SERVICING_COMPLETE fired for the package</td></tr>
 *   <tr><td>uninstall</td><td>cancelled UNINSTALL</td><td>closed (NOT_RUNNING)</td><td>registrations,
 *       local settings and the package removed</td></tr>
 *   <tr><td>log off</td><td>cancelled LOGGING_OFF (every package)</td><td>TERMINATED</td><td>session disconnected</td></tr>
 * </table>
 */
public final class PackageServicing {
    private final Broker broker;
    private final InstanceController instances;
    private final AppController apps;
    private final SettingsStore settings;
    private final Consumer<UnaryOperator<DeviceState>> device;

    public PackageServicing(Broker broker, InstanceController instances, AppController apps, SettingsStore settings,
                            Consumer<UnaryOperator<DeviceState>> device) {
        this.broker = broker;
        this.instances = instances;
        this.apps = apps;
        this.settings = settings;
        this.device = device;
    }

    /** Engine thread only. A new version of a loaded package (same identity, version not lower). */
    public Outcome update(SimPackage next) {
        var current = broker.packageRuntime(next.identityName());
        if (current.isEmpty()) {
            return Outcome.refused("no package named " + next.identityName() + " is loaded; load it before updating it");
        }
        String before = current.get().pkg().version();
        int order = compareVersions(next.version(), before);
        if (order < 0) {
            return Outcome.refused("version " + next.version() + " is lower than the installed " + before
                    + "; an update needs the same or a higher version");
        }
        if (order == 0 && sameFiles(current.get().pkg(), next)) {
            return Outcome.refused("nothing to update: " + next.identityName() + " " + before
                    + " has the same version and the same files as the loaded one; change the code or raise the version");
        }
        String pkg = next.identityName();
        cancelAll(pkg, BackgroundTaskCancellationReason.SERVICING_UPDATE);
        apps.apply(pkg, AppAction.UPDATE, "package updated to " + next.version());
        broker.replacePackage(next);
        broker.raiseSystemEvent(SystemTriggerType.SERVICING_COMPLETE, "SERVICING", pkg);
        broker.reevaluate();
        return Outcome.ok("updated " + pkg + " from " + before + " to " + next.version());
    }

    /** SPEC 3.9: an update is a new version of the files or a higher version; both read from files and byte-identical is no update. */
    private static boolean sameFiles(SimPackage installed, SimPackage next) {
        return installed.origin().isPresent() && next.origin().isPresent()
                && installed.origin().get().contentDigest().equals(next.origin().get().contentDigest());
    }

    /** Engine thread only. Uninstall: tasks cancelled, registrations and settings removed. */
    public Outcome uninstall(String pkg) {
        if (broker.packageRuntime(pkg).isEmpty()) {
            return Outcome.refused("no package named " + pkg + " is loaded");
        }
        cancelAll(pkg, BackgroundTaskCancellationReason.UNINSTALL);
        apps.apply(pkg, AppAction.UNINSTALL, "package uninstalled");
        broker.removePackage(pkg, "uninstalled");
        settings.clear(pkg);
        broker.reevaluate();
        return Outcome.ok("uninstalled " + pkg);
    }

    /** Engine thread only. Log off: every package's tasks cancelled, apps closed, session disconnected. */
    public Outcome logOff() {
        for (String pkg : new ArrayList<>(broker.packages().keySet())) {
            cancelAll(pkg, BackgroundTaskCancellationReason.LOGGING_OFF);
            apps.apply(pkg, AppAction.LOGOFF, "the user logged off");
        }
        device.accept(d -> d.withSessionConnected(false).withUserPresent(false));
        return Outcome.ok("logged off");
    }

    /**
     * Engine thread only. One package's user logs off: that package's tasks are cancelled with
     * LOGGING_OFF and its app closed; the session and the other packages are untouched.
     */
    public Outcome logOff(String pkg) {
        if (!broker.packages().containsKey(pkg)) {
            return Outcome.refused("no package named " + pkg + " is loaded");
        }
        cancelAll(pkg, BackgroundTaskCancellationReason.LOGGING_OFF);
        apps.apply(pkg, AppAction.LOGOFF, "the package's user logged off");
        return Outcome.ok("logged off " + pkg);
    }

    private void cancelAll(String pkg, BackgroundTaskCancellationReason reason) {
        for (Instance i : new ArrayList<>(instances.live().values())) {
            if (i.registration().packageName().equals(pkg)) {
                instances.cancel(i, reason);
            }
        }
    }

    /** Dotted numeric versions ("1.2.0.0"); missing parts count as 0, non-numeric parts compare as text. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c;
            try {
                c = Long.compare(Long.parseLong(p), Long.parseLong(q));
            } catch (NumberFormatException e) {
                c = p.compareTo(q);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}

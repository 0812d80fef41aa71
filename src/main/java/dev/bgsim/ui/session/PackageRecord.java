package dev.bgsim.ui.session;

import java.util.ArrayList;
import java.util.List;

/** A loaded package with its app state, access and registrations. FX thread only. */
public final class PackageRecord {
    final String name;
    final List<RegistrationRecord> registrations = new ArrayList<>();
    String version;
    int declaredTasks;
    List<dev.bgsim.engine.event.Events.TaskDeclaration> declared = List.of();
    String appState = "NOT_RUNNING";
    String accessSetting = "MANAGED_BY_WINDOWS";
    String accessStatus = "UNSPECIFIED";
    boolean unloaded;
    String source;
    boolean hasApp;

    PackageRecord(String name) {
        this.name = name;
    }

    public String name() { return name; }

    public String version() { return version; }

    public int declaredTasks() { return declaredTasks; }

    /** The tasks its manifest declares, in manifest order (empty from a recording that did not list them). */
    public List<dev.bgsim.engine.event.Events.TaskDeclaration> declared() { return declared; }

    public String appState() { return appState; }

    public String accessSetting() { return accessSetting; }

    public String accessStatus() { return accessStatus; }

    public boolean unloaded() { return unloaded; }

    /** True when the package has an app class to launch. */
    public boolean hasApp() { return hasApp; }

    /** The file it was read from (what Reload reads again), or null for a package built in code. */
    public String source() { return source; }

    /** Registrations not removed, in the order they were added. */
    public List<RegistrationRecord> registrations() {
        return registrations.stream().filter(r -> !r.removed).toList();
    }
}

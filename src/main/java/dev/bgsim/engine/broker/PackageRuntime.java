package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.packages.SimPackage;

/** A loaded package and its per-package policy state. Engine thread only. */
public final class PackageRuntime {
    SimPackage pkg;
    AccessSetting access = AccessSetting.MANAGED_BY_WINDOWS;
    boolean accessRequested;
    boolean accessResetByUpdate;

    PackageRuntime(SimPackage pkg) {
        this.pkg = pkg;
    }

    public SimPackage pkg() {
        return pkg;
    }

    public AccessSetting access() {
        return access;
    }

    public boolean accessResetByUpdate() {
        return accessResetByUpdate;
    }

    public boolean accessRequested() {
        return accessRequested;
    }
}

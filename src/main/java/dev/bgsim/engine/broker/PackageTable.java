package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.AccessTable;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.sdk.BackgroundAccessStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The loaded packages in load order, each with its access setting, and the
 * {@link BackgroundAccessStatus} that follows from it, the device and the profile (SPEC 3.2).
 * Engine thread only.
 */
final class PackageTable {
    private final Map<String, PackageRuntime> packages = new LinkedHashMap<>();
    private final Supplier<DeviceState> device;
    private final Supplier<DeviceProfile> profile;

    PackageTable(Supplier<DeviceState> device, Supplier<DeviceProfile> profile) {
        this.device = device;
        this.profile = profile;
    }

    boolean contains(String name) {
        return packages.containsKey(name);
    }

    /** The package; callers have checked that it is loaded. */
    PackageRuntime get(String name) {
        return packages.get(name);
    }

    Optional<PackageRuntime> find(String name) {
        return Optional.ofNullable(packages.get(name));
    }

    void add(PackageRuntime runtime) {
        packages.put(runtime.pkg.identityName(), runtime);
    }

    void remove(String name) {
        packages.remove(name);
    }

    /** The map itself, in load order (read by the persistence and the engine's snapshot). */
    Map<String, PackageRuntime> map() {
        return packages;
    }

    /** The access status of a package now (UNSPECIFIED for one not loaded). */
    BackgroundAccessStatus accessStatus(String name) {
        PackageRuntime p = packages.get(name);
        if (p == null) {
            return BackgroundAccessStatus.UNSPECIFIED;
        }
        return AccessTable.status(p.access, p.accessRequested, device.get(), profile.get());
    }
}

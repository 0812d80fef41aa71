package dev.bgsim.pkg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded package: everything its manifest declares, whichever form it came in, and where its
 * code is. Immutable; a reload produces a new one. Class loaders are made from it with
 * {@link PackageClassLoader#open(BgsimPackage)}.
 *
 * @param identity      name, version, display name, publisher
 * @param source        the form, files and code jars
 * @param applications  every application in manifest order; the first is the app (may be empty: a package may have only tasks)
 * @param capabilities  capability names in manifest order
 * @param tasks         declared background tasks in manifest order (duplicates kept, as Windows keeps them)
 * @param updateTasks   {@code windows.updateTask} declarations
 * @param registrations registrations to create on load (bgsim-manifest.json only)
 */
public record BgsimPackage(PackageIdentity identity, PackageSource source, List<ApplicationDeclaration> applications,
                           List<String> capabilities, List<DeclaredTask> tasks, List<UpdateTaskDeclaration> updateTasks,
                           List<RegistrationSpec> registrations) {

    public BgsimPackage {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(source, "source");
        applications = List.copyOf(applications);
        capabilities = List.copyOf(capabilities);
        tasks = List.copyOf(tasks);
        updateTasks = List.copyOf(updateTasks);
        registrations = List.copyOf(registrations);
    }

    /** The identity name: the package's key. */
    public String name() {
        return identity.name();
    }

    /** The app: the first application, if any. */
    public Optional<ApplicationDeclaration> app() {
        return applications.stream().findFirst();
    }

    /** The first declared task with this entry point. */
    public Optional<DeclaredTask> findTask(String entryPoint) {
        return tasks.stream().filter(t -> Objects.equals(t.entryPoint(), entryPoint)).findFirst();
    }

    /** True when {@code entryPoint} is declared as a background task: what out-of-process registration requires. */
    public boolean declaresTask(String entryPoint) {
        return entryPoint != null && findTask(entryPoint).isPresent();
    }

    /** True when the package declares the capability (exact name). */
    public boolean hasCapability(String name) {
        return capabilities.contains(name);
    }

    /**
     * Where a registration's task would run: in the app without an entry point, else in the
     * declared task's host (the default host when the entry point is not declared).
     */
    public HostPlacement placementOf(RegistrationSpec registration) {
        if (registration.isInProcess()) {
            return HostPlacement.inApp();
        }
        return findTask(registration.entryPoint()).map(DeclaredTask::hostPlacement).orElse(HostPlacement.defaultHost());
    }
}

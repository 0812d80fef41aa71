package dev.bgsim.engine.packages;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine needs from a loaded package: identity, app, declared tasks, manifest
 * registrations and the class loader to instantiate task and app classes. The engine's narrow
 * port (decision 0006): packages read from files by {@code dev.bgsim.pkg.PackageLoader} arrive as
 * {@link PkgPackageAdapter}; tests and code-built packages use {@link BasicPackage}.
 */
public interface SimPackage {
    String identityName();

    String version();

    /** The app's entry point class ({@code dev.bgsim.sdk.App}), if the package has an app. */
    Optional<String> appEntryPoint();

    /** Capabilities such as {@code extendedBackgroundTaskTime}. */
    Set<String> capabilities();

    List<DeclaredTask> declaredTasks();

    /** Registrations the manifest asks for, created at load unless one of that name exists. */
    List<ManifestRegistration> registrations();

    /** Loads task and app classes; its parent holds the SDK. */
    ClassLoader classLoader();

    /** Where the package was read from, when it came from files; empty for packages built in code. */
    default Optional<PackageOrigin> origin() {
        return Optional.empty();
    }

    default Optional<DeclaredTask> declaredTask(String entryPoint) {
        return declaredTasks().stream().filter(t -> t.entryPoint().equals(entryPoint)).findFirst();
    }
}

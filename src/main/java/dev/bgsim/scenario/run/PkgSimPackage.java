package dev.bgsim.scenario.run;

import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.pkg.ApplicationDeclaration;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.RegistrationSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A package read by the package loader ({@code dev.bgsim.pkg}), as the engine sees it: identity,
 * app entry point, capabilities, declared tasks, manifest registrations, and its own class
 * loader (parent: the SDK alone, SPEC 2).
 *
 * <p>What the engine's model cannot carry yet is dropped here: a manifest registration's task
 * group and {@code networkRequested}, and declared tasks without a Java entry point
 * ({@code executable} only).
 *
 * @param pkg    the package as read
 * @param loader its class loader
 */
record PkgSimPackage(BgsimPackage pkg, ClassLoader loader) implements SimPackage {

    PkgSimPackage {
        Objects.requireNonNull(pkg, "pkg");
        Objects.requireNonNull(loader, "loader");
    }

    @Override
    public String identityName() {
        return pkg.name();
    }

    @Override
    public String version() {
        return pkg.identity().version().toString();
    }

    @Override
    public Optional<String> appEntryPoint() {
        return pkg.app().map(ApplicationDeclaration::entryPoint);
    }

    @Override
    public Set<String> capabilities() {
        return Set.copyOf(pkg.capabilities());
    }

    @Override
    public List<DeclaredTask> declaredTasks() {
        return pkg.tasks().stream()
                .filter(t -> t.entryPoint() != null)
                .map(t -> new DeclaredTask(t.entryPoint(), new LinkedHashSet<>(t.taskTypes()), t.resourceGroup(),
                        t.supportsMultipleInstances()))
                .toList();
    }

    @Override
    public List<ManifestRegistration> registrations() {
        return pkg.registrations().stream().map(PkgSimPackage::registration).toList();
    }

    @Override
    public ClassLoader classLoader() {
        return loader;
    }

    private static ManifestRegistration registration(RegistrationSpec spec) {
        return new ManifestRegistration(spec.name(), spec.entryPoint(), spec.trigger().toSdkTrigger(), spec.conditions(),
                spec.cancelOnConditionLoss());
    }
}

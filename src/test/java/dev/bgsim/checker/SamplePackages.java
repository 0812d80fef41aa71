package dev.bgsim.checker;

import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.pkg.ApplicationDeclaration;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.PackageClassLoader;
import dev.bgsim.pkg.PackageLoadException;
import dev.bgsim.pkg.PackageLoader;
import dev.bgsim.pkg.RegistrationSpec;

import java.util.HashSet;
import java.util.List;

/**
 * The built sample jars as engine packages, read with the real package loader and class loader.
 * A test-side bridge from {@link BgsimPackage} to the engine's {@link SimPackage} until the engine
 * loads {@code BgsimPackage}s itself (the integration branch).
 */
public final class SamplePackages {
    private SamplePackages() {
    }

    /** Sample {@code name} ({@code cancellation-gallery}...) loaded from its jar. */
    public static SimPackage load(String name) {
        BgsimPackage pkg;
        try {
            pkg = new PackageLoader().load(SampleJars.of(name)).orElseThrow();
        } catch (PackageLoadException e) {
            throw new AssertionError("sample " + name + " does not load: " + e.getMessage(), e);
        }
        BasicPackage.Builder b = BasicPackage.builder(pkg.name()).version(pkg.identity().version().toString())
                .classLoader(PackageClassLoader.open(pkg));
        pkg.capabilities().forEach(b::capability);
        pkg.tasks().stream().filter(t -> t.entryPoint() != null).forEach(t -> b.task(new DeclaredTask(t.entryPoint(),
                new HashSet<>(t.taskTypes()), t.resourceGroup(), t.supportsMultipleInstances())));
        for (RegistrationSpec r : pkg.registrations()) {
            b.registration(new ManifestRegistration(r.name(), r.entryPoint(), r.trigger().toSdkTrigger(), List.copyOf(r.conditions()),
                    r.cancelOnConditionLoss()));
        }
        BasicPackage built = b.build();
        return pkg.app().map(ApplicationDeclaration::entryPoint)
                .map(app -> new BasicPackage(built.identityName(), built.version(), java.util.Optional.of(app), built.capabilities(),
                        built.declaredTasks(), built.registrations(), built.classLoader()))
                .orElse(built);
    }
}

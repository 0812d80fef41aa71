package dev.bgsim.engine.packages;

import dev.bgsim.pkg.ApplicationDeclaration;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.RegistrationSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's view of a package read by {@code dev.bgsim.pkg.PackageLoader} (decision 0006):
 * the loader's {@link BgsimPackage} plus the class loader its code runs in. JavaScript tasks
 * (no entry point) are left out: nothing in bgsim can run them. Each call of
 * {@link #registrations()} builds new SDK trigger objects, as an app would.
 */
public final class PkgPackageAdapter implements SimPackage, AutoCloseable {
    private final PackageOrigin origin;
    private final URLClassLoader classLoader;
    private final List<DeclaredTask> declaredTasks;
    private final Optional<String> appEntryPoint;

    /**
     * @param origin      what was read and from where
     * @param classLoader the package's class loader ({@code PackageClassLoader.open}); closed by {@link #close()}
     */
    public PkgPackageAdapter(PackageOrigin origin, URLClassLoader classLoader) {
        this.origin = origin;
        this.classLoader = classLoader;
        this.declaredTasks = origin.loaded().tasks().stream()
                .filter(t -> t.entryPoint() != null)
                .map(t -> new DeclaredTask(t.entryPoint(), new LinkedHashSet<>(t.taskTypes()), t.resourceGroup(),
                        t.supportsMultipleInstances()))
                .toList();
        this.appEntryPoint = origin.loaded().app().map(ApplicationDeclaration::entryPoint).filter(this::hasClass);
    }

    /** What the loader read. */
    public BgsimPackage bgsimPackage() {
        return origin.loaded();
    }

    @Override
    public String identityName() {
        return origin.loaded().name();
    }

    @Override
    public String version() {
        return origin.loaded().identity().version().toString();
    }

    @Override
    public Optional<String> appEntryPoint() {
        return appEntryPoint;
    }

    /**
     * An appx manifest's app class is usually C# that is not in the Java code (the loader notes
     * it): the package then has no app to launch, and its tasks still run.
     */
    private boolean hasClass(String className) {
        try {
            Class.forName(className, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Set<String> capabilities() {
        return Set.copyOf(origin.loaded().capabilities());
    }

    @Override
    public List<DeclaredTask> declaredTasks() {
        return declaredTasks;
    }

    @Override
    public List<ManifestRegistration> registrations() {
        return origin.loaded().registrations().stream().map(PkgPackageAdapter::toManifestRegistration).toList();
    }

    private static ManifestRegistration toManifestRegistration(RegistrationSpec r) {
        return new ManifestRegistration(r.name(), r.entryPoint(), r.trigger().toSdkTrigger(), r.conditions(),
                r.cancelOnConditionLoss(), r.group() == null ? null : r.group().id(), r.group() == null ? null : r.group().name(),
                r.networkRequested());
    }

    @Override
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The private copies of the code jars that the class loader opened (the user's files stay unlocked). */
    @Override
    public List<java.nio.file.Path> codeJars() {
        List<java.nio.file.Path> jars = new java.util.ArrayList<>();
        for (java.net.URL url : classLoader.getURLs()) {
            try {
                jars.add(java.nio.file.Path.of(url.toURI()));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // Not a file: a child host could not open it either.
            }
        }
        return List.copyOf(jars);
    }

    @Override
    public Optional<PackageOrigin> origin() {
        return Optional.of(origin);
    }

    /** Releases the class loader's jar files. Classes already loaded keep working. */
    @Override
    public void close() {
        try {
            classLoader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the class loader of " + identityName(), e);
        }
    }

    @Override
    public String toString() {
        return identityName() + " " + version() + " from " + origin.path();
    }
}

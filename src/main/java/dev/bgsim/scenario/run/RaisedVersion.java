package dev.bgsim.scenario.run;

import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.engine.packages.SimPackage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A package's same files presented as a higher version: what a scenario's {@code update}
 * without {@code path} means (SPEC 3.9, "or the same with a higher version"). The last version
 * component goes up by one ({@code 1.0.0.0} → {@code 1.0.0.1}); everything else is the package's.
 * It has no file origin, so the engine does not take it for the byte-identical files it already has.
 *
 * @param pkg the package as read again from its files
 */
record RaisedVersion(SimPackage pkg) implements SimPackage {

    @Override
    public String identityName() {
        return pkg.identityName();
    }

    @Override
    public String version() {
        String version = pkg.version();
        int dot = version.lastIndexOf('.');
        String last = version.substring(dot + 1);
        if (!last.matches("\\d{1,9}")) {
            return version + ".1";
        }
        return version.substring(0, dot + 1) + (Integer.parseInt(last) + 1);
    }

    @Override
    public Optional<String> appEntryPoint() {
        return pkg.appEntryPoint();
    }

    @Override
    public Set<String> capabilities() {
        return pkg.capabilities();
    }

    @Override
    public List<DeclaredTask> declaredTasks() {
        return pkg.declaredTasks();
    }

    @Override
    public List<ManifestRegistration> registrations() {
        return pkg.registrations();
    }

    @Override
    public ClassLoader classLoader() {
        return pkg.classLoader();
    }
}

package dev.bgsim.scenario.run;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.packages.PackageFileReader;
import dev.bgsim.engine.packages.PkgPackageAdapter;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.PackageLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one run's packages get into the engine. Normally the engine reads the files itself
 * ({@link Command.LoadPackageFile}, {@link Command.UpdatePackageFile}, {@link Command.ReloadPackage}:
 * the package loader's checks, code jars copied, one class loader per package). With a
 * {@link PackageOpener} (tests), packages are opened here and loaded as built
 * ({@link Command.LoadPackage}, {@link Command.UpdatePackage}), and closed when the run ends.
 */
final class ScenarioPackages implements AutoCloseable {
    private final Optional<PackageOpener> opener;
    private final List<PackageOpener.OpenedPackage> opened = new ArrayList<>();
    private final Map<String, Path> fileByPackage = new LinkedHashMap<>();
    private final List<PkgPackageAdapter> readPackages = new ArrayList<>();
    private PackageFileReader reader;

    ScenarioPackages(Optional<PackageOpener> opener) {
        this.opener = opener;
    }

    /**
     * The command that loads the package at {@code file}.
     *
     * @throws PackageOpenException when the opener cannot open it
     */
    Command load(Path file) throws PackageOpenException {
        if (opener.isEmpty()) {
            fileByPackage.put(packageNameIn(file), file);
            return new Command.LoadPackageFile(file);
        }
        return new Command.LoadPackage(open(file));
    }

    /**
     * The command that updates {@code packageName}: to the new version's file, or (none given) to
     * the files it came from, read again (SPEC 3.9).
     *
     * @throws PackageOpenException when the opener cannot open the new version
     */
    Command update(String packageName, Optional<Path> newVersion) throws PackageOpenException {
        if (opener.isEmpty() && newVersion.isPresent()) {
            return new Command.UpdatePackageFile(newVersion.get());
        }
        Path file = newVersion.or(() -> Optional.ofNullable(fileByPackage.get(packageName)))
                .orElseThrow(() -> new UnknownSubjectException("package " + packageName
                        + " was not loaded from a file of this scenario; name the new version with \"path\""));
        SimPackage pkg = opener.isEmpty() ? read(file) : open(file);
        if (!pkg.identityName().equals(packageName)) {
            throw new UnknownSubjectException(file + " holds package " + pkg.identityName() + ", not " + packageName);
        }
        // Without a new file the update is the same files with a higher version (SPEC 3.9).
        return new Command.UpdatePackage(newVersion.isPresent() ? pkg : new RaisedVersion(pkg));
    }

    /** Reads a package file as the engine would, for an update the engine's file commands cannot express. */
    private SimPackage read(Path file) throws PackageOpenException {
        if (reader == null) {
            reader = new PackageFileReader();
        }
        PackageFileReader.Read read = reader.read(file, null);
        if (!read.ok()) {
            throw new PackageOpenException(file, read.diagnosticLines());
        }
        readPackages.add(read.pkg());
        return read.pkg();
    }

    private SimPackage open(Path file) throws PackageOpenException {
        PackageOpener.OpenedPackage pkg = opener.orElseThrow().open(file);
        opened.add(pkg);
        fileByPackage.putIfAbsent(pkg.simPackage().identityName(), file);
        return pkg.simPackage();
    }

    /** The identity name in a package file, or the file name when it cannot be read (the load will say why). */
    private static String packageNameIn(Path file) {
        return new PackageLoader().load(file).loadedPackage().map(BgsimPackage::name).orElse(file.toString());
    }

    @Override
    public void close() {
        opened.forEach(PackageOpener.OpenedPackage::close);
        opened.clear();
        if (reader != null) {
            // The engine has closed; nothing runs in the class loaders over these copies any more.
            readPackages.forEach(PkgPackageAdapter::close);
            reader.close();
        }
    }
}

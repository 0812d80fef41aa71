package dev.bgsim.scenario.run;

import dev.bgsim.engine.packages.SimPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packages one run has opened: which file each package identity came from (an update
 * without a new file reopens it), and everything to close when the run ends.
 */
final class ScenarioPackages implements AutoCloseable {
    private final PackageOpener opener;
    private final List<PackageOpener.OpenedPackage> opened = new ArrayList<>();
    private final Map<String, Path> fileByPackage = new LinkedHashMap<>();

    ScenarioPackages(PackageOpener opener) {
        this.opener = opener;
    }

    /**
     * Opens {@code file} for this run and remembers where its package came from.
     *
     * @throws PackageOpenException when it cannot be opened
     */
    SimPackage open(Path file) throws PackageOpenException {
        PackageOpener.OpenedPackage pkg = opener.open(file);
        opened.add(pkg);
        fileByPackage.put(pkg.simPackage().identityName(), file);
        return pkg.simPackage();
    }

    /** The file the package of this identity name was opened from, if this run opened it. */
    Optional<Path> fileOf(String packageName) {
        return Optional.ofNullable(fileByPackage.get(packageName));
    }

    @Override
    public void close() {
        opened.forEach(PackageOpener.OpenedPackage::close);
        opened.clear();
    }
}

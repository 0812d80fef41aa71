package dev.bgsim.scenario.run;

import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.PackageClassLoader;
import dev.bgsim.pkg.PackageLoadResult;
import dev.bgsim.pkg.PackageLoader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The standard way scenarios open package files: bgsim's package loader ({@code dev.bgsim.pkg},
 * SPEC 2: a jar with {@code bgsim-manifest.json}, a {@code bgsim-manifest.json}, or an appx
 * manifest), each opened package with a class loader of its own that is closed when the run ends.
 */
public final class PackageFiles {

    private PackageFiles() {
    }

    /** The opener {@code bgsim run} uses. */
    public static PackageOpener opener() {
        PackageLoader loader = new PackageLoader();
        return file -> {
            PackageLoadResult result = loader.load(file);
            if (!result.isLoaded()) {
                throw new PackageOpenException(file, result.errors().stream().map(Diagnostic::format).toList());
            }
            BgsimPackage pkg = result.loadedPackage().orElseThrow();
            return new OpenedPkgPackage(new PkgSimPackage(pkg, PackageClassLoader.open(pkg)));
        };
    }

    /** A package with its own class loader, closed with it. */
    private record OpenedPkgPackage(PkgSimPackage pkg) implements PackageOpener.OpenedPackage {
        @Override
        public SimPackage simPackage() {
            return pkg;
        }

        @Override
        public void close() {
            try {
                ((PackageClassLoader) pkg.classLoader()).close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the class loader of package " + pkg.identityName(), e);
            }
        }
    }
}

package dev.bgsim.scenario.run;

import dev.bgsim.engine.packages.SimPackage;
import java.nio.file.Path;

/**
 * Turns a package file a scenario names into something the engine can load. Each run opens its
 * packages afresh (a fresh class loader, so no run sees another's static state) and closes them
 * when it ends.
 */
@FunctionalInterface
public interface PackageOpener {

    /**
     * Opens the package at {@code file} for one run.
     *
     * @throws PackageOpenException saying what is wrong with it (file, line and column, or jar entry)
     */
    OpenedPackage open(Path file) throws PackageOpenException;

    /** A package opened for one run; closing it releases its class loader and files. */
    interface OpenedPackage extends AutoCloseable {
        /** The package as the engine loads it. */
        SimPackage simPackage();

        @Override
        void close();

        /** A package that holds nothing to release. */
        static OpenedPackage of(SimPackage pkg) {
            return new OpenedPackage() {
                @Override
                public SimPackage simPackage() {
                    return pkg;
                }

                @Override
                public void close() {
                    // nothing to release
                }
            };
        }
    }
}

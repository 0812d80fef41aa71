package dev.bgsim.ui.port;

import dev.bgsim.engine.packages.SimPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Turns package files (jars, manifests) into packages the engine can load, off the FX thread. */
@FunctionalInterface
public interface PackageOpener {
    CompletableFuture<Opened> open(List<Path> files);

    /**
     * What opening gave.
     *
     * @param packages the packages read
     * @param message  what went wrong, in words a user can act on (when {@code packages} is empty)
     */
    record Opened(List<SimPackage> packages, String message) {
        public boolean ok() {
            return !packages.isEmpty();
        }
    }
}

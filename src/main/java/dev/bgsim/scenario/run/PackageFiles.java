package dev.bgsim.scenario.run;

import java.util.List;

/**
 * The standard way scenarios open package files: bgsim's package loader ({@code dev.bgsim.pkg},
 * SPEC 2). Until that loader is part of this build, every package file is refused with a message
 * that says so, rather than half-loaded.
 */
public final class PackageFiles {

    private PackageFiles() {
    }

    /** The opener {@code bgsim run} uses. */
    public static PackageOpener opener() {
        return file -> {
            throw new PackageOpenException(file, List.of(file + ": package files cannot be loaded yet:"
                    + " the package loader (dev.bgsim.pkg) is not in this build"));
        };
    }
}

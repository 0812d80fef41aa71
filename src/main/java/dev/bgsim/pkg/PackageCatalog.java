package dev.bgsim.pkg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded packages, by identity name. A second package with a name already present is
 * refused (SPEC 2), and the first stays as it was. Not thread-safe: one owner (the engine
 * thread, or a command) uses it.
 */
public final class PackageCatalog {
    private final Map<String, BgsimPackage> byName = new LinkedHashMap<>();

    /** Adds the package, or returns the error that refuses it because its name is taken. */
    public Optional<Diagnostic> add(BgsimPackage pkg) {
        BgsimPackage present = byName.get(pkg.name());
        if (present != null) {
            return Optional.of(Diagnostic.error(pkg.source().manifest(),
                    "package \"" + pkg.name() + "\" is already loaded from " + present.source().path()
                            + " (version " + present.identity().version() + "); the second one is refused",
                    "two packages cannot share an identity name: rename one, or reload the first instead"));
        }
        byName.put(pkg.name(), pkg);
        return Optional.empty();
    }

    /**
     * Replaces a loaded package by a new version of it (a reload or an update).
     *
     * @return the package it replaced
     * @throws IllegalArgumentException when no package of that name is loaded
     */
    public BgsimPackage replace(BgsimPackage newVersion) {
        BgsimPackage old = byName.get(newVersion.name());
        if (old == null) {
            throw new IllegalArgumentException("package \"" + newVersion.name() + "\" is not loaded, so it cannot be replaced; add it instead");
        }
        byName.put(newVersion.name(), newVersion);
        return old;
    }

    /** Removes the package of that name, if loaded. */
    public Optional<BgsimPackage> remove(String name) {
        return Optional.ofNullable(byName.remove(name));
    }

    public Optional<BgsimPackage> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The packages in the order they were added. */
    public List<BgsimPackage> all() {
        return List.copyOf(byName.values());
    }
}

package dev.bgsim.scenario.record;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Notices packages the engine reads from files during a session ({@code PackageRead} followed by
 * {@code PackageLoaded} or {@code PackageUpdated}) and describes each once, with the SHA-256 of
 * its files, for a package line of the recording. Packages the header already names are not
 * described again. Used by one writer, under its lock.
 */
final class PackagesSeen {
    private final Map<String, Events.PackageRead> reads = new HashMap<>();
    private final Set<String> described = new HashSet<>();

    /** Packages already described (a session header's). */
    void known(List<RecordedPackage> packages) {
        packages.forEach(p -> described.add(key(p.identity(), p.version(), p.file())));
    }

    /** A package to describe after {@code e}, if {@code e} completes the loading of one read from files. */
    Optional<RecordedPackage> after(EngineEvent e) {
        String pkg = e.subjects().packageName();
        if (e.payload() instanceof Events.PackageRead read && pkg != null) {
            reads.put(pkg, read);
            return Optional.empty();
        }
        String version = e.payload() instanceof Events.PackageLoaded l ? l.version()
                : e.payload() instanceof Events.PackageUpdated u ? u.toVersion() : null;
        Events.PackageRead read = version == null ? null : reads.remove(pkg);
        if (read == null || !described.add(key(pkg, version, read.path()))) {
            return Optional.empty();
        }
        return Optional.of(new RecordedPackage(pkg, version, read.path(), hashes(read)));
    }

    private static List<RecordedFile> hashes(Events.PackageRead read) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add(read.path());
        if (read.codeJars() != null) {
            paths.addAll(read.codeJars());
        }
        List<RecordedFile> files = new ArrayList<>();
        for (String path : paths) {
            try {
                files.add(new RecordedFile(path, PackageFingerprints.sha256(Path.of(path))));
            } catch (IOException | RuntimeException unreadable) {
                // A file gone or unreadable by now (a folder, a deleted jar) is named without a hash rather than guessed.
                files.add(new RecordedFile(path, "unreadable: " + unreadable.getMessage()));
            }
        }
        return files;
    }

    private static String key(String identity, String version, String file) {
        return identity + "|" + version + "|" + file;
    }
}

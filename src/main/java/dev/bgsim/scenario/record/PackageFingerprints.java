package dev.bgsim.scenario.record;

import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.PackageLoadException;
import dev.bgsim.pkg.PackageLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Describes a package file for a recording header: identity and version as the package loader
 * reads them, and the SHA-256 of every file it is made of.
 */
public final class PackageFingerprints {
    private final PackageLoader loader;

    public PackageFingerprints() {
        this(new PackageLoader());
    }

    public PackageFingerprints(PackageLoader loader) {
        this.loader = loader;
    }

    /**
     * Reads the package at {@code file} and hashes its files.
     *
     * @throws IOException when it cannot be read or is not a package (the message says which)
     */
    public RecordedPackage describe(Path file) throws IOException {
        BgsimPackage pkg;
        try {
            pkg = loader.load(file).orElseThrow();
        } catch (PackageLoadException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        List<RecordedFile> files = new ArrayList<>();
        for (Path f : pkg.source().files()) {
            files.add(new RecordedFile(f.toString(), sha256(f)));
        }
        return new RecordedPackage(pkg.name(), pkg.identity().version().toString(),
                pkg.source().path().toString(), files);
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

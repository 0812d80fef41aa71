package dev.bgsim.engine.packages;

import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.PackageClassLoader;
import dev.bgsim.pkg.PackageLoadResult;
import dev.bgsim.pkg.PackageLoader;
import dev.bgsim.pkg.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a package from files for the engine, off the engine thread: {@link PackageLoader} checks
 * it, the files are digested (so an update can tell "changed" from "the same"), the code jars are
 * copied to a private folder and the class loader is opened over the copies. The copies keep the
 * user's jars unlocked (Windows locks a jar a class loader holds open) and keep running code safe
 * from a jar rebuilt in place. Thread-safe; {@link #close()} deletes the copies.
 */
public final class PackageFileReader implements AutoCloseable {
    private final PackageLoader loader;
    private final CodeCopies copies;

    /** A reader with the standard loader, copying code into a temporary folder made at the first read. */
    public PackageFileReader() {
        this(new PackageLoader(), null);
    }

    /** A reader with its own loader, copying code under {@code copiesDir} (null: a temporary folder). */
    public PackageFileReader(PackageLoader loader, Path copiesDir) {
        this.loader = loader;
        this.copies = new CodeCopies(copiesDir);
    }

    /** What reading gave: the package, or the diagnostics that refuse it. */
    public record Read(Path path, Path codeJar, PkgPackageAdapter pkg, List<Diagnostic> diagnostics) {
        public Read {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return pkg != null;
        }

        /** Every diagnostic, one per line ({@code file:line:col: error: message; hint}). */
        public List<String> diagnosticLines() {
            return diagnostics.stream().map(Diagnostic::format).toList();
        }
    }

    /** Reads the package at {@code path}; {@code codeJar} (may be null) is the {@code --code} jar. */
    public Read read(Path path, Path codeJar) {
        Path absolute = path.toAbsolutePath().normalize();
        Path code = codeJar == null ? null : codeJar.toAbsolutePath().normalize();
        PackageLoadResult result = loader.load(absolute, code);
        if (!result.isLoaded()) {
            return new Read(absolute, code, null, result.diagnostics());
        }
        BgsimPackage pkg = result.loadedPackage().orElseThrow();
        try {
            String digest = digest(pkg.source().files());
            List<Path> copied = copies.copy(pkg.name(), pkg.source().codeJars());
            PackageOrigin origin = new PackageOrigin(absolute, code, digest, pkg, result.diagnostics());
            return new Read(absolute, code, new PkgPackageAdapter(origin, PackageClassLoader.open(pkg.name(), copied)),
                    result.diagnostics());
        } catch (IOException | UncheckedIOException e) {
            List<Diagnostic> all = new ArrayList<>(result.diagnostics());
            all.add(Diagnostic.error(SourceLocation.ofFile(absolute.toString()),
                    "cannot read the package's files: " + e.getMessage(), "check that the files are readable and not being rewritten"));
            return new Read(absolute, code, null, all);
        }
    }

    private static String digest(List<Path> files) throws IOException {
        MessageDigest sha = sha256();
        for (Path f : files) {
            sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Deletes the code copies. Class loaders opened over them should be closed first. */
    @Override
    public void close() {
        copies.delete();
    }
}

package dev.bgsim.host.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The small jar a host JVM runs from: only {@code dev/bgsim/sdk/**}, {@code dev/bgsim/host/protocol/**}
 * and {@code dev/bgsim/host/child/**}, so a host never sees (or loads) the engine, Jackson or JavaFX.
 * It is composed at run time from bgsim's own classes, wherever they are (a classes directory in
 * development and tests, the fat jar in use), and kept in the cache directory under a hash of its
 * content: a new bgsim build gets a new jar, an unchanged one reuses the jar and its CDS archive.
 * See decision 0003. Thread-safe; compose once per bgsim and share.
 */
public final class HostJar {
    /** Entries the host jar holds. */
    static final String[] PREFIXES = {"dev/bgsim/sdk/", "dev/bgsim/host/protocol/", "dev/bgsim/host/child/"};
    /** The class a host JVM starts. */
    public static final String MAIN_CLASS = "dev.bgsim.host.child.HostMain";

    private final Path jar;
    private final String contentHash;

    private HostJar(Path jar, String contentHash) {
        this.jar = jar;
        this.contentHash = contentHash;
    }

    /**
     * Finds or writes the host jar under {@code cacheDir}.
     *
     * @throws IOException when bgsim's classes cannot be read or the cache cannot be written
     */
    public static HostJar prepare(Path cacheDir) throws IOException {
        Map<String, byte[]> entries = readOwnEntries();
        String hash = hash(entries);
        Path dir = cacheDir.resolve(hash);
        Path target = dir.resolve("bgsim-host.jar");
        if (!Files.isRegularFile(target)) {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "bgsim-host", ".tmp");
            write(tmp, entries);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // Another bgsim wrote the same content first; keep its file (a CDS archive may already name it).
                Files.deleteIfExists(tmp);
            }
        }
        return new HostJar(target, hash);
    }

    /** The jar file. */
    public Path path() {
        return jar;
    }

    /** The directory this jar (and its CDS archive) lives in. */
    public Path directory() {
        return jar.getParent();
    }

    /** A short hash of the jar's content. */
    public String contentHash() {
        return contentHash;
    }

    private static Map<String, byte[]> readOwnEntries() throws IOException {
        Path source;
        try {
            source = Path.of(HostJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot tell where bgsim's classes are, so the host jar cannot be made", e);
        }
        Map<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(source)) {
            for (String prefix : PREFIXES) {
                Path dir = source.resolve(prefix);
                if (!Files.isDirectory(dir)) {
                    throw new IOException("bgsim's classes in " + source + " lack " + prefix + "; rebuild bgsim");
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        entries.put(source.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
            }
        } else {
            try (JarFile jarFile = new JarFile(source.toFile())) {
                Enumeration<JarEntry> all = jarFile.entries();
                while (all.hasMoreElements()) {
                    JarEntry e = all.nextElement();
                    if (!e.isDirectory() && wanted(e.getName())) {
                        try (InputStream in = jarFile.getInputStream(e)) {
                            entries.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        if (!entries.containsKey(MAIN_CLASS.replace('.', '/') + ".class")) {
            throw new IOException("bgsim's classes in " + source + " lack the host main " + MAIN_CLASS + "; rebuild bgsim");
        }
        return entries;
    }

    private static boolean wanted(String name) {
        for (String p : PREFIXES) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(Map<String, byte[]> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                sha.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void write(Path file, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MAIN_CLASS);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                JarEntry entry = new JarEntry(e.getKey());
                entry.setTime(0);
                jar.putNextEntry(entry);
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
    }
}

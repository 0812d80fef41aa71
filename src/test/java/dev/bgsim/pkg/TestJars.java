package dev.bgsim.pkg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes jars for tests: ordinary ones from entries, corrupt ones, and zip-slip ones. */
public final class TestJars {
    private TestJars() {
    }

    /** A jar holding {@code entries} (entry name → bytes), in map order. */
    public static Path write(Path jar, Map<String, byte[]> entries) {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError("cannot write " + jar, e);
        }
        return jar;
    }

    /** A file named like a jar holding random bytes (a fixed seed, so failures repeat). */
    public static Path corrupt(Path jar) {
        byte[] noise = new byte[2048];
        new Random(42).nextBytes(noise);
        try {
            return Files.write(jar, noise);
        } catch (IOException e) {
            throw new AssertionError("cannot write " + jar, e);
        }
    }

    /** A jar with a valid manifest for {@code identityName} and an entry {@code ../evil.class} that escapes the jar's root. */
    public static Path zipSlip(Path jar, String identityName) {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("bgsim-manifest.json"));
            out.write(("{\"identity\": {\"name\": \"" + identityName + "\", \"version\": \"1.0.0.0\"}}").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("../evil.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
            out.closeEntry();
        } catch (IOException e) {
            throw new AssertionError("cannot write " + jar, e);
        }
        return jar;
    }
}

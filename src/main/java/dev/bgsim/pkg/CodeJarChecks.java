package dev.bgsim.pkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a code jar before any class is loaded from it: it exists, it is a readable zip, and no
 * entry escapes the jar's root ({@code ..} segments or absolute paths: "zip-slip").
 */
final class CodeJarChecks {
    private CodeJarChecks() {
    }

    /**
     * True when the jar may be used.
     *
     * @param jar         the jar, absolute
     * @param displayName the jar as messages name it
     * @param namedAt     where the jar was named (a manifest "code" entry, a bgsim-code file, the --code option)
     */
    static boolean check(Path jar, String displayName, SourceLocation namedAt, Diagnostics diagnostics) {
        if (!Files.exists(jar)) {
            diagnostics.error(namedAt, "code jar " + displayName + " does not exist",
                    "check the path; it is resolved to " + jar);
            return false;
        }
        if (!Files.isRegularFile(jar)) {
            diagnostics.error(namedAt, "code jar " + displayName + " is not a file", "name a .jar file");
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean clean = true;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (escapesRoot(entry)) {
                    diagnostics.error(SourceLocation.ofJarEntry(displayName, entry), "jar entry \"" + entry
                            + "\" points outside the jar (a '..' segment or an absolute path); the jar is refused",
                            "rebuild the jar so every entry path is relative and has no '..' segment");
                    clean = false;
                }
            }
            return clean;
        } catch (ZipException e) {
            diagnostics.error(SourceLocation.ofFile(displayName), "corrupt jar " + displayName + ": " + e.getMessage(),
                    "rebuild the jar; bgsim reads jars as zip files");
            return false;
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(displayName), "cannot read jar " + displayName + ": " + e.getMessage(),
                    "check that the file is readable");
            return false;
        }
    }

    /** True for {@code ../x}, {@code a/../../x}, {@code /x}, {@code \x} and {@code C:x}. */
    static boolean escapesRoot(String entry) {
        String path = entry.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}

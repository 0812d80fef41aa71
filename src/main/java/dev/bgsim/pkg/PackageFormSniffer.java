package dev.bgsim.pkg;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells the package form from a file's first bytes (zip magic, {@code {}, {@code <}), falling
 * back to its name so that a corrupt {@code .jar} is reported as a corrupt jar rather than as
 * "not a package".
 */
final class PackageFormSniffer {
    private PackageFormSniffer() {
    }

    /** The form, or null when the file is none of them. */
    static PackageForm sniff(Path file, byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 || bytes[2] == 5)) {
            return PackageForm.JAR_WITH_MANIFEST;
        }
        int first = firstSignificant(bytes);
        if (first == '{') {
            return PackageForm.JSON_MANIFEST;
        }
        if (first == '<') {
            return PackageForm.APPX_MANIFEST;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jar") || name.endsWith(".zip")) {
            return PackageForm.JAR_WITH_MANIFEST;
        }
        if (name.endsWith(".json")) {
            return PackageForm.JSON_MANIFEST;
        }
        if (name.endsWith(".xml") || name.endsWith(".appxmanifest")) {
            return PackageForm.APPX_MANIFEST;
        }
        return null;
    }

    /** The first byte that is not a UTF-8 byte order mark or white space; -1 when none. */
    private static int firstSignificant(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE)) {
            // UTF-16 with a byte order mark: only XML manifests are saved that way (by Windows tools).
            return '<';
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length ? bytes[i] : -1;
    }
}

package dev.bgsim.pkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code bgsim-code} file next to an appx manifest: a text file whose first line that is
 * neither blank nor a {@code #} comment is the code jar's path, relative to the file's folder.
 */
final class BgsimCodeFile {
    private BgsimCodeFile() {
    }

    /** Adds the jar the file names to {@code code}; nothing when there is no such file. */
    static void read(Path manifest, String manifestDisplay, CodeJarList code, Diagnostics diagnostics) {
        Path file = manifest.resolveSibling(PackageLoader.BGSIM_CODE_FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Path displayParent = Path.of(manifestDisplay).getParent();
        String display = displayParent == null ? PackageLoader.BGSIM_CODE_FILE : displayParent.resolve(PackageLoader.BGSIM_CODE_FILE).toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(display), "cannot read " + display + ": " + e.getMessage(),
                    "write the code jar's path in it as UTF-8 text");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                code.add(line, SourceLocation.of(display, i + 1, 1), CodeOrigin.BGSIM_CODE_FILE);
                return;
            }
        }
        diagnostics.error(SourceLocation.ofFile(display), display + " names no jar",
                "write the code jar's path on its first line, relative to the manifest's folder, e.g. tasks.jar");
    }
}

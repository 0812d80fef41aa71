package dev.bgsim.pkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The code jars of one load, each with where it was named, resolved against the package file's folder. */
final class CodeJarList {
    private final Path baseDir;
    private final String displayBase;
    private final List<Entry> entries = new ArrayList<>();
    private boolean refused;

    private record Entry(Path path, String display, SourceLocation namedAt, CodeOrigin origin, boolean checked) {
    }

    CodeJarList(String packageDisplay) {
        Path parent = Path.of(packageDisplay).getParent();
        this.displayBase = parent == null ? "" : parent.toString();
        this.baseDir = Path.of(packageDisplay).toAbsolutePath().getParent();
    }

    /** A jar named in a file next to the package (relative to that folder) or on the command line (relative to the working folder). */
    void add(String written, SourceLocation namedAt, CodeOrigin origin) {
        Path relative = Path.of(written);
        boolean fromCommandLine = origin == CodeOrigin.CODE_OPTION;
        Path absolute = relative.isAbsolute() ? relative : (fromCommandLine ? relative.toAbsolutePath() : baseDir.resolve(relative));
        String display = relative.isAbsolute() || fromCommandLine || displayBase.isEmpty()
                ? relative.normalize().toString() : Path.of(displayBase).resolve(relative).normalize().toString();
        entries.add(new Entry(absolute.normalize(), display, namedAt, origin, false));
    }

    /** The package jar itself: first on the class path, already checked. */
    void addFirst(Path jar, String display, CodeOrigin origin) {
        entries.add(0, new Entry(jar.toAbsolutePath().normalize(), display, SourceLocation.ofFile(display), origin, true));
    }

    CodeOrigin origin() {
        return entries.isEmpty() ? CodeOrigin.NONE : entries.get(0).origin();
    }

    /** The jars that passed their checks, in order; refused ones are reported. */
    List<Path> checkedJars(Diagnostics diagnostics) {
        List<Path> jars = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.checked() || CodeJarChecks.check(entry.path(), entry.display(), entry.namedAt(), diagnostics)) {
                if (!jars.contains(entry.path())) {
                    jars.add(entry.path());
                }
            } else {
                refused = true;
            }
        }
        return jars;
    }

    boolean anyRefused() {
        return refused;
    }

    List<String> displayNames() {
        return entries.stream().map(Entry::display).toList();
    }
}

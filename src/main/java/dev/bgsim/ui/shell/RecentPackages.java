package dev.bgsim.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The toolbar's "Recent" menu: the package files the user opened lately, newest first, and what
 * opening one does.
 *
 * @param paths the remembered paths, read each time the menu opens
 * @param open  opens one of them
 */
public record RecentPackages(Supplier<List<String>> paths, Consumer<Path> open) {
}

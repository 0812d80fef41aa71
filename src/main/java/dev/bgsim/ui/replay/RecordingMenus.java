package dev.bgsim.ui.replay;

import dev.bgsim.scenario.export.ExportFormat;
import dev.bgsim.ui.shell.StatusViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu of a window, for recordings (SPEC 6.1): open one (read-only, in a window of its
 * own), the recent ones of the workspace, save the window's recording elsewhere, and export it as
 * a Perfetto trace, a scenario, CSV or PNG — the live session's own recording in the main window,
 * the recording shown in a replay window. Long work runs off the FX thread; the outcome is shown
 * in the window's status area.
 */
public final class RecordingMenus {
    /** Recent recordings the menu lists. */
    static final int RECENT = 10;

    /**
     * What opening does, shared by every window.
     *
     * @param open   opens a recording in a replay window
     * @param folder the workspace's recordings
     */
    public record Actions(Consumer<Path> open, RecordingsFolder folder) {
    }

    private final Window owner;
    private final Supplier<Optional<RecordingSource>> current;
    private final Supplier<StatusViewModel> status;
    private final Actions actions;
    private final Runnable openPackage;
    private final RecordingFiles files = new RecordingFiles();

    /**
     * @param current     the recording this window saves and exports (empty: none yet)
     * @param openPackage the window's "Open package…", or null where it has none
     */
    public RecordingMenus(Window owner, Supplier<Optional<RecordingSource>> current, Supplier<StatusViewModel> status,
                          Actions actions, Runnable openPackage) {
        this.owner = owner;
        this.current = current;
        this.status = status;
        this.actions = actions;
        this.openPackage = openPackage;
    }

    public MenuBar createView() {
        Menu file = new Menu("File");
        file.setId("menu-file");
        if (openPackage != null) {
            file.getItems().add(item("Open package…", "menu-open-package", null, openPackage));
        }
        file.getItems().addAll(
                item("Open recording…", "menu-open-recording", "Shortcut+Shift+O", this::chooseAndOpen),
                recentMenu(),
                new SeparatorMenuItem(),
                item("Save recording as…", "menu-save-recording", "Shortcut+Shift+S", this::chooseAndSave),
                exportMenu());
        MenuBar bar = new MenuBar(file);
        bar.setId("menu-bar");
        return bar;
    }

    private Menu recentMenu() {
        Menu recent = new Menu("Recent recordings");
        recent.setId("menu-recent-recordings");
        MenuItem none = new MenuItem("No recordings yet");
        none.setDisable(true);
        recent.getItems().add(none);
        recent.setOnShowing(e -> {
            Optional<Path> live = current.get().map(RecordingSource::file).map(p -> p.toAbsolutePath().normalize());
            List<Path> paths = actions.folder().recent(RECENT);
            recent.getItems().setAll(paths.stream().map(p -> {
                boolean mine = live.isPresent() && live.get().equals(p);
                MenuItem item = new MenuItem(p.getFileName() + (mine ? "  (this session, so far)" : ""));
                item.setOnAction(a -> actions.open().accept(p));
                return item;
            }).toList());
            if (paths.isEmpty()) {
                recent.getItems().add(none);
            }
        });
        return recent;
    }

    private Menu exportMenu() {
        Menu export = new Menu("Export");
        export.setId("menu-export");
        export.getItems().addAll(
                exportItem(ExportFormat.TRACE, "Perfetto / Chrome trace…"),
                exportItem(ExportFormat.SCENARIO, "Scenario (replays the inputs)…"),
                exportItem(ExportFormat.CSV, "Event log as CSV…"),
                exportItem(ExportFormat.PNG, "Timeline as PNG…"));
        return export;
    }

    private MenuItem exportItem(ExportFormat format, String text) {
        return item(text, "menu-export-" + format.word(), null, () -> chooseAndExport(format));
    }

    private static MenuItem item(String text, String id, String shortcut, Runnable run) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (shortcut != null) {
            m.setAccelerator(KeyCombination.valueOf(shortcut));
        }
        m.setOnAction(e -> run.run());
        return m;
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open recording (read-only)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Recordings", "*.jsonl"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (java.nio.file.Files.isDirectory(actions.folder().directory())) {
            chooser.setInitialDirectory(actions.folder().directory().toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            actions.open().accept(chosen.toPath());
        }
    }

    private Optional<RecordingSource> sourceOrSay() {
        Optional<RecordingSource> source = current.get();
        if (source.isEmpty()) {
            status.get().problem("Nothing is recorded yet: the session's recording starts once its first packages are loaded.");
        }
        return source;
    }

    private void chooseAndSave() {
        sourceOrSay().ifPresent(source -> {
            File chosen = saveChooser("Save recording as", source.file().getFileName().toString(), source,
                    new FileChooser.ExtensionFilter("Recordings", "*.jsonl"));
            if (chosen != null) {
                saveAs(chosen.toPath());
            }
        });
    }

    private void chooseAndExport(ExportFormat format) {
        sourceOrSay().ifPresent(source -> {
            File chosen = saveChooser("Export " + format.word(), format.besides(source.file()).getFileName().toString(),
                    source, new FileChooser.ExtensionFilter(format.word(), "*" + extension(format)));
            if (chosen != null) {
                exportTo(format, chosen.toPath());
            }
        });
    }

    private static String extension(ExportFormat format) {
        String name = format.besides(Path.of("x.jsonl")).getFileName().toString();
        return name.substring(1);
    }

    private File saveChooser(String title, String name, RecordingSource source, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(filter);
        Path dir = source.file().toAbsolutePath().getParent();
        if (dir != null && java.nio.file.Files.isDirectory(dir)) {
            chooser.setInitialDirectory(dir.toFile());
        }
        return chooser.showSaveDialog(owner);
    }

    /** Any thread. Copies the window's recording (its whole lines so far) to {@code target}; the outcome shows in the status area. */
    public CompletableFuture<Long> saveAs(Path target) {
        Optional<RecordingSource> source = current.get();
        if (source.isEmpty()) {
            onFx(this::sourceOrSay);
            return CompletableFuture.failedFuture(new IllegalStateException("nothing recorded yet"));
        }
        onFx(() -> status.get().info("Saving the recording to " + target + "…"));
        CompletableFuture<Long> done = CompletableFuture.supplyAsync(() -> {
            try {
                return files.saveCopy(source.get().file(), target);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        done.whenComplete((lines, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                status.get().info("Saved the recording (" + lines + " lines) to " + target);
            } else {
                status.get().problem("Could not save the recording to " + target + ": " + rootMessage(failure)
                        + ". Choose a folder you can write to.");
            }
        }));
        return done;
    }

    /** Any thread. Exports the window's recording to {@code target}; the outcome (and any notes) shows in the status area. */
    public CompletableFuture<List<String>> exportTo(ExportFormat format, Path target) {
        Optional<RecordingSource> source = current.get();
        if (source.isEmpty()) {
            onFx(this::sourceOrSay);
            return CompletableFuture.failedFuture(new IllegalStateException("nothing recorded yet"));
        }
        onFx(() -> {
            status.get().info("Exporting " + format.word() + " to " + target + "…");
            status.get().setBusy(true);
        });
        CompletableFuture<List<String>> done = CompletableFuture.supplyAsync(() -> {
            try {
                return files.export(source.get(), format, target);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        done.whenComplete((notes, failure) -> Platform.runLater(() -> {
            status.get().setBusy(false);
            if (failure == null) {
                status.get().info("Exported " + format.word() + " to " + target
                        + (notes.isEmpty() ? "" : "\n" + String.join("\n", notes)));
            } else {
                status.get().problem("Could not export " + format.word() + " to " + target + ": " + rootMessage(failure));
            }
        }));
        return done;
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}

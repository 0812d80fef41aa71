package dev.bgsim.ui.replay;

import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens recordings read-only, each in a window of its own: reads the file off the FX thread
 * (problems in it are shown in the window, not thrown), then builds a {@link ReplayWindow}. A file
 * that cannot be read at all is reported through {@code problem}.
 */
public final class RecordingOpener {
    private final RecordingsFolder folder;
    private final Consumer<String> problem;

    public RecordingOpener(RecordingsFolder folder, Consumer<String> problem) {
        this.folder = folder;
        this.problem = problem;
    }

    /** What the File menu of every window does to open one. */
    public RecordingMenus.Actions actions() {
        return new RecordingMenus.Actions(this::open, folder);
    }

    /** Any thread. Opens {@code file} in a new window; completes with it once it shows. */
    public CompletableFuture<ReplayWindow> open(Path file) {
        return open(file, null);
    }

    /** Any thread. Opens {@code file} on {@code stage} (a new stage when null). */
    public CompletableFuture<ReplayWindow> open(Path file, Stage stage) {
        CompletableFuture<ReplayWindow> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> read(file)).whenComplete((recording, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : failure;
                problem.accept("Cannot open the recording " + file + ": "
                        + (cause.getCause() != null ? cause.getCause().getMessage() : cause.getMessage())
                        + ". Check the path; recordings are .jsonl files.");
                shown.completeExceptionally(cause);
                return;
            }
            try {
                shown.complete(new ReplayWindow(stage == null ? new Stage() : stage, recording, actions()).show());
            } catch (RuntimeException e) {
                problem.accept("Cannot show the recording " + file + ": " + e);
                shown.completeExceptionally(e);
            }
        }));
        return shown;
    }

    private static Recording read(Path file) {
        try {
            return new RecordingReader().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

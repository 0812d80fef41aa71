package dev.bgsim.ui.replay;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.shell.StatusViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The toolbar's record/stop button (SPEC 5): pressed while the session is written to the
 * workspace's recordings folder; pressing it stops that file, pressing it again starts a new one.
 * The file work runs off the FX thread; the button follows what the recorder did, not the click.
 */
public final class RecordToggle {
    private final GuiRecorder recorder;
    private final StatusViewModel status;
    private final ToggleButton button = new ToggleButton("Rec");

    public RecordToggle(GuiRecorder recorder, StatusViewModel status) {
        this.recorder = recorder;
        this.status = status;
    }

    /** FX thread. The button, showing the recorder's state now and once its first file started. */
    public ToggleButton createView() {
        button.setId("record-toggle");
        FontIcon dot = new FontIcon(Material2AL.FIBER_MANUAL_RECORD);
        dot.getStyleClass().add("record-dot");
        button.setGraphic(dot);
        button.setOnAction(e -> toggle());
        show(recorder.isRecording() ? recorder.file() : Optional.empty());
        recorder.started().thenRun(() -> Platform.runLater(() -> show(recorder.file())));
        return button;
    }

    private void toggle() {
        boolean start = button.isSelected();
        button.setDisable(true);
        CompletableFuture.supplyAsync(() -> start ? recorder.startNew() : stop()).whenComplete((file, failure) -> Platform.runLater(() -> {
            button.setDisable(false);
            show(recorder.isRecording() ? recorder.file() : Optional.empty());
            if (failure != null) {
                status.problem("The recording could not be " + (start ? "started" : "ended") + ": " + failure.getMessage());
            } else if (start && file.isPresent()) {
                status.info("Recording this session to " + file.get());
            } else if (start) {
                status.problem("The recording could not be started: " + recorder.failure().map(Throwable::getMessage)
                        .orElse("unknown reason") + ". Check that the workspace folder can be written.");
            } else {
                status.info(file.map(f -> "Recording stopped; the session so far is in " + f).orElse("Recording stopped"));
            }
        }));
    }

    private Optional<Path> stop() {
        try {
            return recorder.stop();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void show(Optional<Path> file) {
        button.setSelected(file.isPresent());
        button.setTooltip(ActionFactory.tooltip(file
                .map(f -> "Recording this session to " + f + ". Click to stop; File → Recent recordings opens it.")
                .orElse("Not recording. Click to record the session (from its start) to a new file in the workspace.")));
    }
}

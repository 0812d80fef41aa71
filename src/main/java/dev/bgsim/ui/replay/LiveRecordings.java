package dev.bgsim.ui.replay;

import dev.bgsim.ui.MainStage;
import dev.bgsim.ui.shell.StatusViewModel;
import dev.bgsim.ui.shell.ToolbarView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.input.DragEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Adds recordings to the live main window: the File menu above it (open a recording, recent
 * ones, save this session's recording as, export it), and dropping a {@code .jsonl} on the window
 * opens it read-only (other files still go to the window as packages). Additive: the window's own
 * content and drop handling are left as they are.
 */
public final class LiveRecordings {
    private LiveRecordings() {
    }

    /**
     * FX thread, after {@code main.show()}. Installs the menu and the drop of recordings.
     *
     * @return the menus, for tests that save or export without a file dialog
     */
    public static RecordingMenus install(Stage stage, MainStage main, StatusViewModel status, GuiRecorder recorder,
                                         RecordingOpener opener, Runnable openPackage) {
        Scene scene = stage.getScene();
        RecordingMenus menus = new RecordingMenus(stage, () -> recorder.file().map(RecordingSource::lastOf),
                () -> status, opener.actions(), openPackage);
        Parent content = scene.getRoot();
        BorderPane shell = new BorderPane(content);
        shell.setId("main-shell");
        shell.setTop(menus.createView());
        scene.setRoot(shell);
        addRecordButton(scene, recorder, status);
        scene.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            List<Path> recordings = files.stream().filter(LiveRecordings::isRecording).toList();
            if (recordings.isEmpty()) {
                return;
            }
            recordings.forEach(opener::open);
            List<Path> packages = files.stream().filter(f -> !isRecording(f)).toList();
            if (!packages.isEmpty()) {
                main.open(packages);
            }
            e.setDropCompleted(true);
            e.consume();
        });
        recorder.started().thenRun(() -> javafx.application.Platform.runLater(() -> recorder.failure().ifPresent(
                f -> status.problem("This session is not recorded: " + f.getMessage()
                        + ". Check that the workspace folder can be written (disk space, permissions)."))));
        return menus;
    }

    /** Record/stop goes in the toolbar after the clock controls (SPEC 5). */
    private static void addRecordButton(Scene scene, GuiRecorder recorder, StatusViewModel status) {
        if (!(scene.lookup("#" + ToolbarView.ID) instanceof ToolBar bar)) {
            return;
        }
        int at = 0;
        while (at < bar.getItems().size() && !ToolbarView.SPRING_ID.equals(bar.getItems().get(at).getId())) {
            at++;
        }
        bar.getItems().addAll(at, List.of(new Separator(), new RecordToggle(recorder, status).createView()));
    }

    static boolean isRecording(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    }
}

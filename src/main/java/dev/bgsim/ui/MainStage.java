package dev.bgsim.ui;

import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.prefs.UiPreferences;
import dev.bgsim.ui.theme.Stylesheets;
import dev.bgsim.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main stage: scene, theme, keyboard shortcuts, drag and drop of package files, and the
 * remembered window layout. Tests create it on a TestFX stage with their own session.
 */
public final class MainStage {
    private final Stage stage;
    private final Session session;
    private final UiPreferences preferences;
    private final UiPreferences.State state;
    private final MainWindow window;
    private Theme theme;

    public MainStage(Stage stage, Session session, UiPreferences preferences) {
        this.stage = stage;
        this.session = session;
        this.preferences = preferences;
        this.state = preferences.load();
        this.theme = "DARK".equals(state.theme) ? Theme.DARK : Theme.LIGHT;
        this.window = new MainWindow(session, this::chooseAndOpen, this::toggleTheme);
    }

    public void show() {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        Scene scene = new Scene(window.createView(), state.width, state.height);
        scene.getStylesheets().addAll(Stylesheets.all());
        window.commands().all().forEach((action, run) -> scene.getAccelerators().put(action.keyCombination(), run));
        scene.getAccelerators().put(UiAction.OPEN_PACKAGE.keyCombination(), this::chooseAndOpen);
        scene.getAccelerators().put(UiAction.TOGGLE_THEME.keyCombination(), this::toggleTheme);
        enableDrop(scene);
        stage.setScene(scene);
        stage.setTitle("bgsim — background task simulator");
        if (!Double.isNaN(state.x)) {
            stage.setX(state.x);
            stage.setY(state.y);
        }
        stage.setMaximized(state.maximized);
        if (state.mainDividers != null && state.mainDividers.length == 2) {
            window.columns().setDividerPositions(state.mainDividers);
        }
        session.start();
        stage.show();
    }

    public MainWindow window() {
        return window;
    }

    private void toggleTheme() {
        theme = theme.other();
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    private void enableDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                open(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open package");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Packages", "*.jar", "*.json", "*.appxmanifest", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            open(files.stream().map(java.io.File::toPath).toList());
        }
    }

    /** Loads package files in the background; the status area shows progress and the outcome. */
    public void open(List<Path> files) {
        session.status().setBusy(true);
        session.status().info("Opening " + files.size() + " package file(s)…");
        files.forEach(f -> UiPreferences.remember(state, f.toAbsolutePath().toString()));
        session.ui().report(session.port().openPackages(files).whenComplete((o, t) ->
                session.ui().fxThread().execute(() -> session.status().setBusy(false))));
    }

    /** Saves the layout and closes the session (and its engine). */
    public void close() {
        state.theme = theme.name();
        state.maximized = stage.isMaximized();
        if (!stage.isMaximized() && stage.getScene() != null) {
            state.x = stage.getX();
            state.y = stage.getY();
            state.width = stage.getScene().getWidth();
            state.height = stage.getScene().getHeight();
        }
        state.mainDividers = window.columns().getDividerPositions();
        try {
            preferences.save(state);
        } catch (IOException e) {
            System.err.println("bgsim: could not save the window layout to " + UiPreferences.defaultFile() + ": " + e);
        }
        session.close();
    }
}

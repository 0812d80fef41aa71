package dev.bgsim.ui;

import dev.bgsim.pkg.BundledSamples;
import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.port.Outcome;
import dev.bgsim.ui.prefs.UiPreferences;
import dev.bgsim.ui.shell.RecentPackages;
import dev.bgsim.ui.theme.Stylesheets;
import dev.bgsim.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
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
        this.window = new MainWindow(session, this::chooseAndOpen, this::toggleTheme,
                new RecentPackages(() -> List.copyOf(state.recentPackages), file -> open(List.of(file))));
    }

    public void show() {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        Scene scene = new Scene(window.createView(), state.width, state.height);
        scene.getStylesheets().addAll(Stylesheets.all());
        window.commands().all().forEach((action, run) -> install(scene, action, run));
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

    /**
     * Shortcuts without a modifier (Space pauses, F follows) are caught before the focused control
     * sees the key, so they work while the tree or the log has focus (a tree takes Space for
     * itself); in a search or filter box they are characters, and there they type.
     */
    private static void install(Scene scene, UiAction action, Runnable run) {
        KeyCombination k = action.keyCombination();
        if (!isCharacter(k)) {
            scene.getAccelerators().put(k, run);
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (k.match(e) && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                e.consume();
                run.run();
            }
        });
    }

    private static boolean isCharacter(KeyCombination k) {
        boolean plain = k.getControl() == KeyCombination.ModifierValue.UP
                && k.getShortcut() == KeyCombination.ModifierValue.UP
                && k.getAlt() == KeyCombination.ModifierValue.UP
                && k.getMeta() == KeyCombination.ModifierValue.UP;
        return plain && k instanceof KeyCodeCombination c
                && (c.getCode().isLetterKey() || c.getCode().isDigitKey() || c.getCode() == KeyCode.SPACE);
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

    /**
     * Loads package files the user chose in the background (remembered as recent); the status area
     * shows progress and the outcome. The future completes once the outcome is shown.
     */
    public CompletableFuture<List<Outcome>> open(List<Path> files) {
        files.forEach(f -> UiPreferences.remember(state, f.toAbsolutePath().normalize().toString()));
        return session.packageLoading().open(files, null);
    }

    /**
     * Loads the bundled samples (SPEC 5: the window opens ready to fire), or those of the folder
     * {@code override} names ({@code none}: none). Finding them (and extracting them from the fat
     * jar) runs off the FX thread; what could not be found is shown in the status area.
     */
    public CompletableFuture<List<Outcome>> openSamples(BundledSamples samples, String override) {
        session.status().setBusy(true);
        session.status().info("Looking for the bundled samples…");
        CompletableFuture<List<Outcome>> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> samples.locate(override)).whenComplete((found, failure) ->
                session.ui().fxThread().execute(() -> {
                    session.status().setBusy(false);
                    if (failure != null || found.jars().isEmpty()) {
                        session.status().info((failure != null ? "Could not find the samples: " + failure.getMessage()
                                : found.problems().isEmpty() ? "No samples loaded (" + found.source() + ")."
                                : String.join("\n", found.problems()))
                                + " Open a package (Ctrl+O) or drop a jar or manifest here.");
                        done.complete(List.of());
                        return;
                    }
                    session.packageLoading().open(found.jars(), found.source()).thenAccept(outcomes -> {
                        if (!found.problems().isEmpty()) {
                            session.ui().fxThread().execute(() -> session.status().problem(String.join("\n", found.problems())));
                        }
                        done.complete(outcomes);
                    });
                }));
        return done;
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
            System.err.println("bgsim: could not save the window layout to " + preferences.file() + ": " + e);
        }
        session.close();
    }
}

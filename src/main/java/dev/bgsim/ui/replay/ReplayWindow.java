package dev.bgsim.ui.replay;

import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingProblem;
import dev.bgsim.ui.MainWindow;
import dev.bgsim.ui.Session;
import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.shell.RecentPackages;
import dev.bgsim.ui.theme.Stylesheets;
import dev.bgsim.ui.theme.Theme;
import dev.bgsim.ui.theme.UiStyles;
import dev.bgsim.ui.timeline.TimelineView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A recording opened read-only (SPEC 6.1): the main window's panels (timeline, packages tree,
 * inspector, event log, findings...) on a {@link Session} whose port is a {@link ReplayPort}, so
 * the recorded events go through the same drain and read models as a live session's. Live-only
 * controls are disabled and say it is a recording; the scrubber replays it at any speed; problems
 * reading the file are listed as {@code file:line} above the window. Opens at the end of the
 * session with the whole recording fitted into the timeline. FX thread only.
 */
public final class ReplayWindow implements ScrubberBar.Target {
    private final Stage stage;
    private final Recording recording;
    private final RecordingMenus.Actions menuActions;
    private final BorderPane root = new BorderPane();
    private final ScrubberBar scrubber = new ScrubberBar(this);
    private Theme theme = Theme.LIGHT;
    private int sessionNumber = 1;
    private RecordedSession recorded;
    private ReplayPort port;
    private Session session;
    private Parent view;
    private RecordingMenus menus;

    /** {@code menuActions}: what the File menu's open and recent items do (open another recording). */
    public ReplayWindow(Stage stage, Recording recording, RecordingMenus.Actions menuActions) {
        this.stage = stage;
        this.recording = recording;
        this.menuActions = menuActions;
    }

    /** Builds the window on the first session, at its end, and shows it. */
    public ReplayWindow show() {
        root.setId("replay-window");
        if (Application.getUserAgentStylesheet() == null) {
            // Opened on its own (bgsim gui --open): no main window has set the theme.
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        }
        recorded = recording.sessions().isEmpty() ? emptySession() : recording.session(sessionNumber);
        Scene scene = new Scene(root, 1580, 980);
        scene.getStylesheets().addAll(Stylesheets.all());
        scene.getAccelerators().put(UiAction.TOGGLE_THEME.keyCombination(), this::toggleTheme);
        stage.setScene(scene);
        stage.setTitle("bgsim — " + recording.file().getFileName() + " (recording, read-only)");
        stage.setOnHidden(e -> close());
        buildSession(recorded.end(), true);
        menus = new RecordingMenus(stage, () -> java.util.Optional.of(source()), () -> session.status(), menuActions, null);
        root.setTop(new VBox(menus.createView(), scrubberRow(), problems()));
        stage.show();
        return this;
    }

    private RecordedSession emptySession() {
        return new RecordedSession(java.util.Optional.empty(), List.of(), List.of(), 0, java.util.Optional.empty());
    }

    /** The recording shown, for the File menu's save and export. */
    public RecordingSource source() {
        return new RecordingSource(recording.file(), recording.sessions().isEmpty() ? 0 : sessionNumber);
    }

    /** The window's File menu, for saving and exporting without a file dialog. */
    public RecordingMenus menus() {
        return menus;
    }

    public Stage stage() {
        return stage;
    }

    public Recording recording() {
        return recording;
    }

    /** The session (read models) now shown; a new one after every move backwards. */
    public Session session() {
        return session;
    }

    @Override
    public ReplayPort port() {
        return port;
    }

    public ScrubberBar scrubber() {
        return scrubber;
    }

    @Override
    public void seek(Instant t) {
        if (!t.isAfter(port.start())) {
            // The start means before anything happened (tasks fired in the first instant included).
            if (port.shownCount() > 1 || port.position().isAfter(port.start())) {
                buildSession(port.start(), false);
            }
        } else if (t.isBefore(port.position())) {
            buildSession(t, false);
        } else {
            port.advanceTo(t);
        }
        scrubber.show(port);
    }

    /** Replaces the read models and views with fresh ones standing at {@code t}: the way back in time. */
    private void buildSession(Instant t, boolean fitAll) {
        UUID selected = session == null ? null : session.selection().instanceProperty().get();
        if (session != null) {
            session.close();
        }
        port = new ReplayPort(recorded, recording.file());
        if (t.isAfter(port.start())) {
            port.advanceTo(t);
        } else {
            port.showBeginning();
        }
        session = new Session(port);
        MainWindow window = new MainWindow(session, () -> { }, this::toggleTheme,
                new RecentPackages(List::of, file -> { }));
        view = window.createView();
        session.drain().addSink(new ReplayClock(port, session.simulation(), this::timeline, fitAll));
        root.setCenter(view);
        view.applyCss();
        LiveOnlyControls.disable(view, ReplayPort.readOnlyReason(recording.file()));
        session.start();
        session.status().info("Recording " + recording.file().getFileName() + ": " + recorded.events().size()
                + " events" + (recorded.header().isPresent() ? " of " + recorded.header().get().title() : "")
                + ". Read-only: use the scrubber above to replay it.");
        if (selected != null) {
            session.selection().instanceProperty().set(selected);
        }
    }

    private TimelineView timeline() {
        return view == null ? null : (TimelineView) view.lookup("#timeline");
    }

    private HBox scrubberRow() {
        HBox row = scrubber.createView(port.start(), port.end());
        if (recording.sessions().size() > 1) {
            ChoiceBox<Integer> pick = new ChoiceBox<>();
            pick.setId("replay-session");
            pick.getItems().setAll(IntStream.rangeClosed(1, recording.sessions().size()).boxed().toList());
            pick.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Integer n) {
                    return n == null ? "" : "Session " + n + recording.session(n).header()
                            .map(h -> h.title().isEmpty() ? "" : ": " + h.title()).orElse("");
                }

                @Override
                public Integer fromString(String s) {
                    return null;
                }
            });
            pick.setValue(1);
            pick.valueProperty().addListener((o, was, n) -> showSession(n));
            row.getChildren().add(1, pick);
        }
        return row;
    }

    /** Shows another session of a recording that holds several (one per scenario of {@code bgsim run}). */
    public void showSession(int number) {
        scrubber.setPlaying(false);
        sessionNumber = number;
        recorded = recording.session(number);
        session.selection().instanceProperty().set(null);
        buildSession(recorded.end(), true);
        HBox row = scrubberRow();
        ((VBox) root.getTop()).getChildren().set(1, row);
    }

    /** The file's problems as file:line lines; nothing when it was read whole. */
    private Label problems() {
        Label label = new Label();
        label.setId("replay-problems");
        List<RecordingProblem> problems = recording.problems();
        if (problems.isEmpty()) {
            label.setManaged(false);
            label.setVisible(false);
            return label;
        }
        List<String> lines = problems.stream().limit(8).map(RecordingProblem::toString).toList();
        String more = problems.size() > lines.size() ? "\n… and " + (problems.size() - lines.size()) + " more" : "";
        label.setText((recording.complete() ? "Notes on this recording:\n" : "Some lines could not be read; everything else is shown:\n")
                + String.join("\n", lines) + more);
        label.setWrapText(true);
        label.setPadding(new Insets(4, 8, 4, 8));
        label.getStyleClass().add(recording.complete() ? UiStyles.MUTED : UiStyles.STATUS_ERROR);
        return label;
    }

    private void toggleTheme() {
        theme = theme.other();
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    /** Stops the replay and its session (the window closed). */
    public void close() {
        scrubber.stop();
        if (session != null) {
            session.close();
        }
    }
}

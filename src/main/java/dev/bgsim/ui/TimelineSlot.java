package dev.bgsim.ui;

import dev.bgsim.ui.theme.UiStyles;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The centre of the window, where the timeline control ({@code dev.bgsim.ui.timeline}) goes,
 * wired to the session's {@code TimelineModel} (fed by {@code TimelineFeed}), to the clock and to
 * the shared selection. The control itself is built on the timeline branch; until it is merged
 * this slot says so instead of drawing a second, home-made timeline.
 */
final class TimelineSlot {
    private final Session session;

    TimelineSlot(Session session) {
        this.session = session;
    }

    VBox createView() {
        Label waiting = new Label("Timeline: " + session.timeline().lanes().size() + " lanes");
        waiting.getStyleClass().add(UiStyles.EMPTY_HINT);
        session.registry().revisionProperty().addListener((o, was, now) ->
                waiting.setText("Timeline control not merged yet; its model has "
                        + session.timeline().lanes().size() + " lanes"));
        StackPane pane = new StackPane(waiting);
        pane.setId("timeline");
        VBox box = new VBox(pane);
        javafx.scene.layout.VBox.setVgrow(pane, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /** Keeps the timeline following the present. */
    void followNow() {
        // Wired to TimelineView.setFollowNow(true) once the control is merged.
    }
}

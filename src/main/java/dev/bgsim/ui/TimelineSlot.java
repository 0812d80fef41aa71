package dev.bgsim.ui;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.feed.SelectionBridge;
import dev.bgsim.ui.shell.Panels;
import dev.bgsim.ui.timeline.TimelineView;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The centre of the window: the timeline control drawing the session's {@code TimelineModel}
 * (folded from the event stream by {@code TimelineFeed}, once a pulse), with its now line on the
 * simulated clock, following the present until the user pans, and its selected bar kept in step
 * with the packages tree and the inspector.
 */
final class TimelineSlot {
    /** How much simulated time the timeline shows at first: the last minute. */
    static final double INITIAL_WINDOW_MS = 60_000;

    private final Session session;
    private final TimelineView view;

    TimelineSlot(Session session) {
        this.session = session;
        this.view = new TimelineView(session.timeline());
        view.setBackgroundPaintTurn(session.turns()::tryTakeUnlessOthersWait);
    }

    VBox createView() {
        view.setId("timeline");
        view.setVisibleDuration(INITIAL_WINDOW_MS);
        session.simulation().nowProperty().addListener((o, was, now) -> showNow(now));
        showNow(session.simulation().nowProperty().get());
        new SelectionBridge(view.selectedInstanceProperty(), session.selection(), session.registry());
        return Panels.titled("Timeline", Material2MZ.TIMELINE, view, help(),
                ActionFactory.button(UiAction.SHOW_ALL, false, view::showAll, null),
                ActionFactory.button(UiAction.FOLLOW_NOW, false, this::followNow, null));
    }

    private static Label help() {
        Label help = new Label(null, new FontIcon(Material2AL.HELP_OUTLINE));
        help.setId("timeline-help");
        help.setTooltip(ActionFactory.tooltip("Wheel: zoom around the pointer. Drag: pan (stops following now). "
                + "Click a bar: inspect its instance. Click a finding's mark: open the guideline it breaks. "
                + "Hover: details. Double-click or F: follow now. "
                + "Home: the whole history. Shift+wheel: pan."));
        return help;
    }

    private void showNow(Instant now) {
        view.setNow(Math.max(0, session.timelineFeed().at(now)));
    }

    /** The timeline control, for tests and benchmarks. */
    TimelineView view() {
        return view;
    }

    /** Keeps the timeline following the present. */
    void followNow() {
        view.setFollowNow(true);
    }
}

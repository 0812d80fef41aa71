package dev.bgsim.ui;

import dev.bgsim.ui.findings.FindingsView;
import dev.bgsim.ui.log.EventLogView;
import dev.bgsim.ui.theme.UiStyles;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The bottom tabs: event log, task output, notifications, guideline findings. */
final class BottomTabs {
    private final Session session;
    private TabPane tabs;
    private Tab findingsTab;

    BottomTabs(Session session) {
        this.session = session;
    }

    TabPane createView() {
        Tab log = tab("Event log", Material2AL.LIST, new EventLogView(session.eventLog()).createView());
        Tab output = tab("Task output", Material2MZ.SUBJECT, list("task-output", session.sideEffects().output(),
                "Output lines of every task appear here."));
        Tab notes = tab("Notifications", Material2MZ.NOTIFICATIONS, list("notifications",
                session.sideEffects().notifications(), "Toasts, tile updates and badges that tasks show appear here."));
        Tab findings = tab("Findings", Material2MZ.RULE, new FindingsView(session.findings()).createView());
        findings.textProperty().bind(session.findings().titleProperty());
        findingsTab = findings;
        log.setTooltip(dev.bgsim.ui.actions.ActionFactory.tooltip("Every engine event, newest last: filter, search, copy"));
        output.setTooltip(dev.bgsim.ui.actions.ActionFactory.tooltip("What tasks wrote to their log, with the instance and thread"));
        notes.setTooltip(dev.bgsim.ui.actions.ActionFactory.tooltip("Toasts, tile updates and badges tasks showed"));
        findings.setTooltip(dev.bgsim.ui.actions.ActionFactory.tooltip(
                "Guidelines the tasks broke, as the checker's live rules saw them; double-click one for its guideline"));
        tabs = new TabPane(log, output, notes, findings);
        tabs.setId("bottom-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** Brings the findings tab to the front (a finding was opened from its timeline mark). */
    void showFindings() {
        tabs.getSelectionModel().select(findingsTab);
    }

    private static Tab tab(String title, org.kordamp.ikonli.Ikon icon, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setGraphic(new FontIcon(icon));
        t.setId("tab-" + title.toLowerCase().replace(' ', '-'));
        return t;
    }

    private static ListView<String> list(String id, javafx.collections.ObservableList<String> items, String empty) {
        ListView<String> v = new ListView<>(items);
        v.setId(id);
        v.getStyleClass().add(UiStyles.MONO);
        Label hint = new Label(empty);
        hint.getStyleClass().add(UiStyles.EMPTY_HINT);
        v.setPlaceholder(hint);
        return v;
    }
}

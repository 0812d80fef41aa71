package dev.bgsim.ui.hosts;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.port.HostAction;
import dev.bgsim.ui.session.HostRecord;
import dev.bgsim.ui.session.SessionRegistry;
import dev.bgsim.ui.shell.Panels;
import dev.bgsim.ui.shell.RefreshThrottle;
import dev.bgsim.ui.shell.UiContext;
import dev.bgsim.ui.theme.UiStyles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The host list: every task host with its state, and suspend / resume / kill for the selected one. */
public final class HostListView {
    private final UiContext ui;
    private final SessionRegistry registry;
    private final ListView<HostRecord> list = new ListView<>();

    public HostListView(UiContext ui, SessionRegistry registry) {
        this.ui = ui;
        this.registry = registry;
    }

    public VBox createView() {
        list.setId("host-list");
        list.setPlaceholder(new Label("No host has started yet; fire a task."));
        list.setCellFactory(l -> new HostCell());
        // At most ten times a second: refreshing a list rebuilds its cells.
        RefreshThrottle throttle = new RefreshThrottle(this::refresh, javafx.util.Duration.millis(100));
        registry.revisionProperty().addListener((o, was, now) -> throttle.request());
        refresh();
        return Panels.titled("Hosts", Material2MZ.MEMORY, list,
                button(HostAction.SUSPEND, Material2MZ.PAUSE_CIRCLE_OUTLINE, "Suspend (freeze) the selected host"),
                button(HostAction.RESUME, Material2MZ.PLAY_CIRCLE_OUTLINE, "Resume (thaw) the selected host"),
                button(HostAction.KILL, Material2AL.BLOCK, "Kill the selected host and every instance in it"));
    }

    private void refresh() {
        HostRecord selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(registry.hosts());
        if (selected != null) {
            list.getItems().stream().filter(h -> h.id().equals(selected.id())).findFirst()
                    .ifPresent(h -> list.getSelectionModel().select(h));
        }
        list.refresh();
    }

    private Button button(HostAction action, org.kordamp.ikonli.Ikon icon, String tooltip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId("host-" + action.name().toLowerCase());
        b.getStyleClass().addAll("flat", "small");
        b.setTooltip(ActionFactory.tooltip(tooltip));
        b.setOnAction(e -> {
            HostRecord h = list.getSelectionModel().getSelectedItem();
            if (h == null) {
                ui.status().problem("Select a host in the Hosts list first.");
            } else {
                ui.report(ui.port().hostAction(h.id(), action));
            }
        });
        return b;
    }

    private static final class HostCell extends ListCell<HostRecord> {
        @Override
        protected void updateItem(HostRecord h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(h.id());
            Label kind = new Label(h.kind().toLowerCase() + " · " + h.placement());
            kind.getStyleClass().add(UiStyles.MUTED);
            Label state = new Label(h.status());
            state.getStyleClass().addAll(UiStyles.BADGE, UiStyles.state(h.status()));
            setGraphic(new HBox(6, name, kind, state));
            setText(null);
        }
    }
}

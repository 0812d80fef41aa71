package dev.bgsim.ui.hosts;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.drain.EventDrain;
import dev.bgsim.ui.port.HostAction;
import dev.bgsim.ui.session.HostRecord;
import dev.bgsim.ui.session.SessionRegistry;
import dev.bgsim.ui.shell.Panels;
import dev.bgsim.ui.shell.PulseTurns;
import dev.bgsim.ui.shell.RefreshThrottle;
import dev.bgsim.ui.shell.UiContext;
import dev.bgsim.ui.theme.UiStyles;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The host list: every task host with its state, and suspend / resume / kill for the selected one;
 * below it the debug options (SPEC 3.7): "Debug hosts" starts new hosts with a debugger port on
 * 127.0.0.1 (shown per host), optionally waiting for the debugger, with time limits suspended
 * unless "Enforce time limits while debugging" is ticked.
 */
public final class HostListView {
    private final UiContext ui;
    private final SessionRegistry registry;
    private final EventDrain drain;
    private final PulseTurns turns;
    private List<String> shownRows = List.of();
    private final ListView<HostRecord> list = new ListView<>();
    private final HostDebugging debugging;
    private final DebugPorts ports = new DebugPorts(list::refresh);

    /**
     * @param drain the session's event drain, for the debugger ports of hosts (null: not shown)
     * @param turns the window's pulse turns, shared with the other views that refresh in bulk
     */
    public HostListView(UiContext ui, SessionRegistry registry, EventDrain drain, PulseTurns turns) {
        this.ui = ui;
        this.registry = registry;
        this.drain = drain;
        this.turns = turns;
        this.debugging = new HostDebugging(ui);
    }

    public VBox createView() {
        list.setId("host-list");
        list.setPlaceholder(new Label("No host has started yet; fire a task."));
        list.setCellFactory(l -> new HostCell(ports));
        if (drain != null) {
            drain.addSink(ports);
        }
        // At most ten times a second: refreshing a list rebuilds its cells.
        RefreshThrottle throttle = new RefreshThrottle(this::refresh, javafx.util.Duration.millis(100), turns);
        registry.revisionProperty().addListener((o, was, now) -> throttle.request());
        refresh();
        // Options first: the panel is short, and a row under the list would be cut off.
        VBox body = new VBox(4, debugOptions(), list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        return Panels.titled("Hosts", Material2MZ.MEMORY, body,
                button(HostAction.SUSPEND, Material2MZ.PAUSE_CIRCLE_OUTLINE, "Suspend (freeze) the selected host"),
                button(HostAction.RESUME, Material2MZ.PLAY_CIRCLE_OUTLINE, "Resume (thaw) the selected host"),
                button(HostAction.KILL, Material2AL.BLOCK, "Kill the selected host and every instance in it"));
    }

    private javafx.scene.layout.FlowPane debugOptions() {
        CheckBox debug = new CheckBox("Debug hosts");
        debug.setId("host-debug");
        debug.setTooltip(ActionFactory.tooltip("Task hosts started from now on listen for a Java debugger on 127.0.0.1;"
                + " the port shows next to each host. Time limits are suspended while debugging."));
        CheckBox wait = new CheckBox("Wait for debugger");
        wait.setId("host-debug-wait");
        wait.setTooltip(ActionFactory.tooltip("A new host waits until a debugger attaches before any task code runs"));
        CheckBox enforce = new CheckBox("Enforce time limits while debugging");
        enforce.setId("host-debug-enforce");
        enforce.setTooltip(ActionFactory.tooltip("Cancel tasks at their time limit even in debugged hosts"));
        wait.disableProperty().bind(debug.selectedProperty().not());
        enforce.disableProperty().bind(debug.selectedProperty().not());
        Runnable apply = () -> debugging.set(debug.isSelected(), wait.isSelected(), enforce.isSelected(), packageNames());
        // Started with --debug-hosts: the boxes show the mode the engine already uses for every package.
        dev.bgsim.engine.host.ChildHosts.Debugging fromCli = cliDebugMode();
        if (fromCli != null) {
            debug.setSelected(true);
            wait.setSelected(fromCli.waitForDebugger());
            enforce.setSelected(fromCli.enforceTimeLimits());
            apply.run();
        }
        debug.setOnAction(e -> apply.run());
        wait.setOnAction(e -> apply.run());
        enforce.setOnAction(e -> apply.run());
        // Wraps in a narrow column instead of clipping the last option.
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(10, 4, debug, wait, enforce);
        row.setId("host-debug-options");
        return row;
    }

    private static dev.bgsim.engine.host.ChildHosts.Debugging cliDebugMode() {
        try {
            return dev.bgsim.engine.host.ChildHosts.Debugging.fromProperty(
                    System.getProperty(dev.bgsim.engine.host.ChildHosts.DEBUG_PROPERTY));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private java.util.List<String> packageNames() {
        return registry.packages().stream().filter(p -> !p.unloaded()).map(p -> p.name()).toList();
    }

    private void refresh() {
        debugging.packagesAre(packageNames());
        // The registry's revision moves with every instance; the rows change far less often. A
        // list refresh rebuilds every row's nodes, so it waits until what a row shows changed.
        List<HostRecord> hosts = registry.hosts();
        List<String> rows = hosts.stream().map(HostListView::shown).toList();
        if (rows.equals(shownRows)) {
            return;
        }
        shownRows = rows;
        HostRecord selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(hosts);
        if (selected != null) {
            list.getItems().stream().filter(h -> h.id().equals(selected.id())).findFirst()
                    .ifPresent(h -> list.getSelectionModel().select(h));
        }
        list.refresh();
    }

    /** What a host's row shows (its debugger port aside, which refreshes the list itself). */
    private static String shown(HostRecord h) {
        return String.join("\u0000", h.id(), h.kind(), String.valueOf(h.placement()), h.status(), String.valueOf(h.dead()));
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
        private final DebugPorts ports;

        HostCell(DebugPorts ports) {
            this.ports = ports;
        }

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
            HBox line = new HBox(6, name, kind, state);
            ports.of(h.id()).filter(p -> !h.dead()).ifPresentOrElse(p -> {
                Label port = new Label(p);
                port.setId("host-debug-port");
                port.getStyleClass().add(UiStyles.MUTED);
                setGraphic(new VBox(2, line, port));
            }, () -> setGraphic(line));
            setText(null);
        }
    }
}

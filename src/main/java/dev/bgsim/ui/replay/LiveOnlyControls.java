package dev.bgsim.ui.replay;

import dev.bgsim.ui.actions.ActionFactory;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.ToggleSwitch;

/**
 * Disables the controls of a main window that would change a live simulator (clock, device,
 * app, hosts, fire/cancel...) when the window shows a recording, and says why in a tooltip.
 * What only changes the view stays usable: the timeline and its zoom buttons, the event log and
 * findings with their filters, the inspector, selection in the trees and lists, the theme, and
 * which package the app panel shows. Disabled nodes get no mouse events in JavaFX, so the reason
 * is also installed on their parent, where hovering finds it.
 */
final class LiveOnlyControls {
    /** Containers whose controls only change what is shown. */
    private static final Set<String> VIEW_ONLY_AREAS = Set.of("bottom-tabs", "timeline");
    /** Controls outside those that only change what is shown. */
    private static final Set<String> VIEW_ONLY_CONTROLS = Set.of("action-show-all", "action-follow-now",
            "action-toggle-theme", "app-package", "timeline-help");

    private LiveOnlyControls() {
    }

    /** Disables the live-only controls under {@code root}; returns how many were disabled. */
    static int disable(Parent root, String why) {
        return walk(root, why, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static int walk(Node node, String why, Set<Node> seen) {
        if (!seen.add(node)) {
            return 0;
        }
        if (node.getId() != null && (VIEW_ONLY_AREAS.contains(node.getId()) || VIEW_ONLY_CONTROLS.contains(node.getId()))) {
            return 0;
        }
        int count = 0;
        if (isInput(node)) {
            Control control = (Control) node;
            control.disableProperty().unbind();
            control.setDisable(true);
            // An editable combo box's editor shows its box's tooltip (bound): the box gets the why.
            if (!control.tooltipProperty().isBound()) {
                control.setTooltip(ActionFactory.tooltip(why));
            }
            if (control.getParent() != null) {
                Tooltip.install(control.getParent(), ActionFactory.tooltip(why));
            }
            count++;
        }
        if (node instanceof Control c && c.getContextMenu() != null) {
            readOnly(c.getContextMenu(), why);
        }
        for (Node child : children(node)) {
            count += walk(child, why, seen);
        }
        return count;
    }

    /** Children, including the items of containers whose skin (which adds them) may not exist yet. */
    private static java.util.List<Node> children(Node node) {
        java.util.List<Node> out = new java.util.ArrayList<>();
        if (node instanceof javafx.scene.control.SplitPane s) {
            out.addAll(s.getItems());
        } else if (node instanceof javafx.scene.control.ToolBar t) {
            out.addAll(t.getItems());
        } else if (node instanceof javafx.scene.control.TabPane t) {
            t.getTabs().stream().map(javafx.scene.control.Tab::getContent).filter(java.util.Objects::nonNull).forEach(out::add);
        } else if (node instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            out.add(s.getContent());
        } else if (node instanceof javafx.scene.control.TitledPane t && t.getContent() != null) {
            out.add(t.getContent());
        }
        if (node instanceof Parent p) {
            out.addAll(p.getChildrenUnmodifiable());
        }
        return out;
    }

    private static boolean isInput(Node node) {
        return node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Slider || node instanceof Spinner<?> || node instanceof TextInputControl
                || node instanceof ToggleSwitch;
    }

    /** Disables every item of a context menu and heads it with why. */
    private static void readOnly(ContextMenu menu, String why) {
        if (!menu.getItems().isEmpty() && "replay-read-only".equals(menu.getItems().get(0).getId())) {
            return;
        }
        menu.getItems().forEach(i -> i.setDisable(true));
        MenuItem note = new MenuItem("Read-only: this is a recording");
        note.setId("replay-read-only");
        note.setDisable(true);
        menu.getItems().add(0, new SeparatorMenuItem());
        menu.getItems().add(0, note);
    }
}

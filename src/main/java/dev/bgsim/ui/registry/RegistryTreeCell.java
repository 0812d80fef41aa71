package dev.bgsim.ui.registry;

import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.session.PackageRecord;
import dev.bgsim.ui.session.RegistrationRecord;
import dev.bgsim.ui.theme.UiStyles;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One row of the packages tree: a package, a registration with state and why pending, or an instance. */
final class RegistryTreeCell extends TreeCell<Object> {
    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        setTooltip(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof PackageRecord p) {
            // An app that registers its tasks in onLaunched (the official sample) shows none until launched.
            String hint = p.registrations().isEmpty() && p.hasApp() && "NOT_RUNNING".equals(p.appState())
                    ? " · no registrations yet: Launch the app" : "";
            setGraphic(row(new FontIcon(Material2AL.FOLDER), p.name(), "v" + p.version() + hint, null));
            setTooltip(new Tooltip(p.name() + " " + p.version() + "\napp: " + p.appState() + "\naccess: "
                    + p.accessStatus() + "\n" + p.declaredTasks() + " declared task(s)"
                    + (p.source() == null ? "" : "\nfrom " + p.source() + "\nright-click: Reload package")));
        } else if (item instanceof RegistrationRecord r) {
            setGraphic(registration(r));
            setTooltip(new Tooltip(describe(r)));
        } else if (item instanceof InstanceRecord i) {
            setGraphic(row(new FontIcon(Material2MZ.PLAY_CIRCLE_OUTLINE), i.label(),
                    i.progress() + "%" + (i.forced() ? " · forced" : ""), i.state().name()));
        } else {
            setGraphic(new Label(item.toString()));
        }
    }

    private VBox registration(RegistrationRecord r) {
        HBox top = row(new FontIcon(Material2MZ.SCHEDULE), r.name(), shortTrigger(r.trigger()), r.status());
        VBox box = new VBox(1, top);
        if (r.whyPending() != null) {
            Label why = new Label("waits: " + r.whyPending());
            why.getStyleClass().addAll(UiStyles.MUTED, "bg-why-pending");
            box.getChildren().add(why);
        }
        return box;
    }

    private static HBox row(FontIcon icon, String name, String detail, String state) {
        Label n = new Label(name);
        n.getStyleClass().add("bg-tree-name");
        Label d = new Label(detail);
        d.getStyleClass().add(UiStyles.MUTED);
        HBox box = new HBox(6, icon, n, d);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (state != null) {
            Label badge = new Label(state.toLowerCase().replace('_', ' '));
            badge.getStyleClass().addAll(UiStyles.BADGE, UiStyles.state(state));
            box.getChildren().add(badge);
        }
        return box;
    }

    /** "SystemTrigger[TIME_ZONE_CHANGE, oneShot=false]" → "TIME_ZONE_CHANGE"; the tooltip has it all. */
    static String shortTrigger(String trigger) {
        if (trigger == null) {
            return "";
        }
        int open = trigger.indexOf('[');
        if (open < 0) {
            return trigger;
        }
        String inside = trigger.substring(open + 1, trigger.endsWith("]") ? trigger.length() - 1 : trigger.length());
        String first = inside.split(",")[0].trim();
        return first.isEmpty() ? trigger.substring(0, open) : first.replaceFirst("^\\w+=", "");
    }

    private static String describe(RegistrationRecord r) {
        return r.name() + "\nentry point: " + (r.entryPoint() == null ? "in-process" : r.entryPoint())
                + "\ntrigger: " + r.trigger()
                + "\nconditions: " + (r.conditions().isEmpty() ? "none" : String.join(", ", r.conditions()))
                + (r.whyPending() == null ? "" : "\npending: " + r.whyPending());
    }
}

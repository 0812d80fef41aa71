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
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One row of the packages tree: a package, its declared tasks, a registration with state and why
 * pending, or an instance. The cell builds its nodes once and only changes their texts: the tree refreshes its
 * rows every pulse in which something changed, and new nodes each time would be styled anew.
 */
final class RegistryTreeCell extends TreeCell<Object> {
    private static final String NAME = "bg-tree-name";
    private static final String WHY_PENDING = "bg-why-pending";

    private final FontIcon icon = new FontIcon(Material2AL.FOLDER);
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label badge = new Label();
    private final Label why = new Label();
    private final VBox graphic;
    private final Tooltip tooltip = new Tooltip();
    private String badgeState;

    RegistryTreeCell() {
        name.getStyleClass().add(NAME);
        detail.getStyleClass().add(UiStyles.MUTED);
        badge.getStyleClass().add(UiStyles.BADGE);
        why.getStyleClass().addAll(UiStyles.MUTED, WHY_PENDING);
        // The state badge right after the name: in a narrow column the trigger is what gets clipped.
        HBox top = new HBox(6, icon, name, badge, detail);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        graphic = new VBox(1, top, why);
        // Set once and hidden on empty rows: taking it off and putting it back restyles it.
        setGraphic(graphic);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty) {
            graphic.setVisible(false);
            setTooltip(null);
            return;
        }
        if (item == null) {
            return;
        }
        if (item instanceof PackageRecord p) {
            show(Material2AL.FOLDER, p.name(), "v" + p.version() + noRegistrationsHint(p), null, null);
            tip(p.name() + " " + p.version() + "\napp: " + p.appState() + "\naccess: "
                    + p.accessStatus() + "\n" + p.declaredTasks() + " declared task(s)"
                    + (p.source() == null ? "" : "\nfrom " + p.source() + "\nright-click: Reload package"));
        } else if (item instanceof RegistrationRecord r) {
            show(Material2MZ.SCHEDULE, r.name(), shortTrigger(r.trigger()), r.status(),
                    r.whyPending() == null ? null : "waits: " + r.whyPending());
            tip(describe(r));
        } else if (item instanceof InstanceRecord i) {
            show(Material2MZ.PLAY_CIRCLE_OUTLINE, i.label(), i.progress() + "%" + (i.forced() ? " · forced" : ""),
                    i.state().name(), null);
            setTooltip(null);
        } else if (item instanceof DeclaredTaskRow d) {
            show(Material2AL.CLASS, d.simpleName(), d.types() + " · " + d.runsIn(), null, null);
            tip(d.describe());
        } else if (item instanceof DeclaredTaskRow.Folder f) {
            show(Material2AL.DESCRIPTION, "Declared tasks", f.count() + " in the manifest", null, null);
            tip("The background tasks the manifest declares: what registrations may name as their entry point."
                    + "\nRight-click a task: Register declared task…");
        } else {
            show(Material2AL.LABEL, item.toString(), "", null, null);
            setTooltip(null);
        }
        graphic.setVisible(true);
    }

    /** Shows the contents of this row's record again: it changed, but is the same record object. */
    void redraw() {
        if (!isEmpty() && getItem() != null) {
            updateItem(getItem(), false);
        }
    }

    private void show(Ikon ikon, String nameText, String detailText, String state, String whyText) {
        if (icon.getIconCode() != ikon) {
            icon.setIconCode(ikon);
        }
        name.setText(nameText);
        detail.setText(detailText);
        showBadge(state);
        why.setText(whyText);
        why.setVisible(whyText != null);
        why.setManaged(whyText != null);
    }

    private void showBadge(String state) {
        badge.setVisible(state != null);
        badge.setManaged(state != null);
        if (state == null || state.equals(badgeState)) {
            return;
        }
        if (badgeState != null) {
            badge.getStyleClass().remove(UiStyles.state(badgeState));
        }
        badge.getStyleClass().add(UiStyles.state(state));
        badge.setText(state.toLowerCase().replace('_', ' '));
        badgeState = state;
    }

    private void tip(String text) {
        tooltip.setText(text);
        if (getTooltip() != tooltip) {
            setTooltip(tooltip);
        }
    }

    /** An app that registers its tasks in onLaunched (the official sample) shows none until launched. */
    private static String noRegistrationsHint(PackageRecord p) {
        return p.registrations().isEmpty() && p.hasApp() && "NOT_RUNNING".equals(p.appState())
                ? " · no registrations yet: Launch the app" : "";
    }

    /** Everything a row shows of a record, as one string: equal strings look the same. */
    static String looks(Object item) {
        if (item instanceof PackageRecord p) {
            return p.name() + '|' + p.version() + noRegistrationsHint(p) + '|' + p.appState() + '|'
                    + p.accessStatus() + '|' + p.declaredTasks() + '|' + p.source();
        }
        if (item instanceof RegistrationRecord r) {
            return describe(r) + '|' + r.status();
        }
        if (item instanceof DeclaredTaskRow d) {
            return d.describe();
        }
        if (item instanceof InstanceRecord i) {
            return i.label() + '|' + i.progress() + '|' + i.forced() + '|' + i.state();
        }
        return String.valueOf(item);
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

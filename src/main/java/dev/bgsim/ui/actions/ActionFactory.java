package dev.bgsim.ui.actions;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** Makes buttons and menu items from the {@link UiAction} catalogue. */
public final class ActionFactory {
    private ActionFactory() {
    }

    /** A toolbar button: icon, tooltip, optional text, disabled while {@code enabled} is false. */
    public static Button button(UiAction action, boolean withText, Runnable onAction, ObservableBooleanValue enabled) {
        Button b = new Button(withText ? action.text() : null, new FontIcon(action.icon()));
        b.setTooltip(tooltip(action.tooltip()));
        b.setOnAction(e -> onAction.run());
        b.setId(id(action));
        if (enabled != null) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        }
        return b;
    }

    /** A menu item with icon and accelerator. */
    public static MenuItem menuItem(UiAction action, Runnable onAction) {
        MenuItem m = new MenuItem(action.text(), new FontIcon(action.icon()));
        m.setAccelerator(action.keyCombination());
        m.setOnAction(e -> onAction.run());
        m.setId(id(action) + "-menu");
        return m;
    }

    /** A tooltip that shows quickly, as in an IDE. */
    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(400));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    /** The node id of an action's button: "action-fire-with-arguments". */
    public static String id(UiAction action) {
        return "action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package dev.bgsim.ui.actions;

import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The action catalogue: every command the window offers, with its text, icon, shortcut and
 * tooltip, so a toolbar button, a menu item and a context-menu entry for one action look and
 * behave alike (JabRef's {@code StandardActions}).
 */
public enum UiAction {
    PLAY_PAUSE("Play / pause", Material2MZ.PAUSE, "Space", "Freeze or resume the simulated clock"),
    STEP("Step", Material2MZ.SKIP_NEXT, "F8", "Advance to the next due event and pause"),
    OPEN_PACKAGE("Open package…", Material2MZ.OPEN_IN_BROWSER, "Shortcut+O",
            "Load a package: a bgsim-manifest.json, a jar or an appxmanifest (or drop files on the window)"),
    TOGGLE_THEME("Theme", Material2AL.BRIGHTNESS_6, "Shortcut+T", "Switch between the light and dark theme"),
    FIRE("Fire", Material2MZ.PLAY_ARROW, "F5", "Fire the selected registration; conditions and policy apply"),
    FORCE_FIRE("Force fire", Material2AL.FLASH_ON, "Shift+F5", "Fire skipping conditions and policy (marked forced)"),
    FIRE_WITH_ARGUMENTS("Fire with arguments…", Material2AL.EDIT, null, "Fire with trigger arguments you type"),
    CANCEL("Cancel with reason…", Material2AL.CANCEL, "Shortcut+K",
            "Cancel the selected instance with a cancellation reason of your choice"),
    TERMINATE("Terminate", Material2AL.BLOCK, "Shortcut+Shift+K", "Kill the selected instance without callbacks"),
    UNREGISTER("Unregister", Material2AL.DELETE, null, "Unregister (running instances are cancelled with ABORT)"),
    REGISTER("Register declared task…", Material2AL.ADD_CIRCLE_OUTLINE, null, "Register a declared task by hand"),
    RELOAD("Reload package", Material2MZ.REFRESH, null,
            "Read the package's files again: an update (SERVICING_UPDATE, then SERVICING_COMPLETE) when they changed"),
    RAISE_SYSTEM_EVENT("Raise system event", Material2AL.EVENT, null,
            "Raise a system event: every registration with a SystemTrigger for it fires (conditions and policy apply)"),
    LOG_OFF("Log off", Material2AL.EXIT_TO_APP, null,
            "Log a user off: running tasks are cancelled with LOGGING_OFF and apps close"),
    FOLLOW_NOW("Follow now", Material2MZ.VERTICAL_ALIGN_CENTER, "F", "Keep the timeline scrolled to the present"),
    SHOW_ALL("Fit all", Material2AL.ASPECT_RATIO, null, "Zoom the timeline out to the whole history"),
    COPY_LOG("Copy", Material2AL.CONTENT_COPY, null, "Copy the selected (or all shown) log lines");

    private final String text;
    private final Ikon icon;
    private final String shortcut;
    private final String description;

    UiAction(String text, Ikon icon, String shortcut, String description) {
        this.text = text;
        this.icon = icon;
        this.shortcut = shortcut;
        this.description = description;
    }

    public String text() {
        return text;
    }

    public Ikon icon() {
        return icon;
    }

    /** The key combination, or null. */
    public KeyCombination keyCombination() {
        return shortcut == null ? null : KeyCombination.valueOf(shortcut);
    }

    /** The tooltip: the description plus the shortcut, shown the way the platform writes it. */
    public String tooltip() {
        KeyCombination k = keyCombination();
        return k == null ? description : description + "  (" + k.getDisplayText() + ")";
    }
}

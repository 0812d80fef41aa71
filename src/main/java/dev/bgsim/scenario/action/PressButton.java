package dev.bgsim.scenario.action;

import java.util.Objects;

/**
 * The user presses one of the buttons a package's app publishes (its LocalSettings value
 * {@code Commands.Available}): the command is queued for the app (LocalSettings {@code Commands})
 * and the app brought to the foreground, where it runs it. The same as a button under "App buttons"
 * in the GUI's app panel.
 *
 * @param packageName the package whose app has the button
 * @param button      the button's command, exactly as the app lists it (e.g. {@code Signal})
 */
public record PressButton(String packageName, String button) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "press";

    public PressButton {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(button, "button");
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return VERB + " \"" + button + "\" in " + packageName;
    }
}

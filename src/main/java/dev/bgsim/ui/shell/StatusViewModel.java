package dev.bgsim.ui.shell;

import dev.bgsim.ui.port.Outcome;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status area at the bottom of the window: the last thing that happened, or the last refusal
 * or error in words a user can act on (never a stack-trace dialog). FX thread only.
 */
public final class StatusViewModel {
    private final StringProperty message = new SimpleStringProperty(this, "message",
            "Ready. Select a registration and press F5 to fire it.");
    private final BooleanProperty error = new SimpleBooleanProperty(this, "error");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** Shows an outcome: refusals as errors, successes as information. */
    public void show(Outcome outcome) {
        if (outcome.message() == null || outcome.message().isBlank()) {
            return;
        }
        message.set(outcome.message());
        error.set(!outcome.ok());
    }

    public void info(String text) {
        show(Outcome.ok(text));
    }

    public void problem(String text) {
        show(Outcome.refused(text));
    }

    public void setBusy(boolean value) {
        busy.set(value);
    }

    /** The whole message: several lines for a refused package (one diagnostic a line). */
    public ReadOnlyStringProperty messageProperty() { return message; }

    /** The first {@code lines} lines of {@code text}, and how many more there are. */
    public static String firstLines(String text, int lines) {
        if (text == null) {
            return "";
        }
        String[] all = text.split("\\R");
        if (all.length <= lines) {
            return text;
        }
        return String.join("\n", java.util.Arrays.asList(all).subList(0, lines))
                + "\n… " + (all.length - lines) + " more line(s): hover here, or see the event log";
    }

    public ReadOnlyBooleanProperty errorProperty() { return error; }

    /** True while slow work (loading a package) runs in the background. */
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}

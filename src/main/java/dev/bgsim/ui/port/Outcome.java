package dev.bgsim.ui.port;

/**
 * The answer to something the user asked the simulator to do: applied, or refused with words the
 * user can act on.
 *
 * @param ok      applied
 * @param message what happened, or why not
 */
public record Outcome(boolean ok, String message) {
    public static Outcome ok(String message) {
        return new Outcome(true, message);
    }

    public static Outcome refused(String message) {
        return new Outcome(false, message);
    }
}

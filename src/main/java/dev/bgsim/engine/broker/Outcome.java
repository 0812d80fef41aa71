package dev.bgsim.engine.broker;

/** The answer to a broker operation: done (with what happened) or refused (with why). */
public record Outcome(boolean ok, String message) {
    public static Outcome ok(String message) {
        return new Outcome(true, message);
    }

    public static Outcome refused(String why) {
        return new Outcome(false, why);
    }
}

package dev.bgsim.scenario.run;

/**
 * The run of a scenario cannot go on: the engine stopped answering, task code never went quiet,
 * or the clock stood still. The runner reports the remaining expectations as not checked, with
 * this message as the reason.
 */
public final class RunStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stopped for the reason {@code message} gives. */
    public RunStoppedException(String message) {
        super(message);
    }

    /** Stopped for the reason {@code message} gives, because of {@code cause}. */
    public RunStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}

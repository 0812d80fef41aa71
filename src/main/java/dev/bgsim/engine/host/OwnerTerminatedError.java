package dev.bgsim.engine.host;

/**
 * Thrown into task or app code that calls the SDK after its instance or app was terminated, so
 * that its thread ends: nothing it does afterwards reaches the simulated state.
 */
public final class OwnerTerminatedError extends Error {
    private static final long serialVersionUID = 1L;

    public OwnerTerminatedError(String what) {
        super(what + " was terminated");
    }
}

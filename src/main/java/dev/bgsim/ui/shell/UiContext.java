package dev.bgsim.ui.shell;

import dev.bgsim.ui.port.Outcome;
import dev.bgsim.ui.port.SimulatorPort;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What every view model needs: the simulator port, the status area, and the executor that brings
 * answers back onto the FX thread ({@code Platform::runLater} in the app, the calling thread in
 * view-model tests).
 *
 * @param port     the simulator
 * @param status   where outcomes are shown
 * @param fxThread runs work on the FX thread
 */
public record UiContext(SimulatorPort port, StatusViewModel status, Executor fxThread) {

    /** Shows the outcome of {@code request} in the status area once it arrives; refusals included. */
    public void report(CompletableFuture<Outcome> request) {
        request.whenComplete((o, failure) -> fxThread.execute(() -> status.show(failure == null ? o
                : Outcome.refused("The simulator could not do that: " + rootMessage(failure)))));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}

package sample;

import dev.bgsim.sdk.ApplicationTrigger;
import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.LocalSettings;

/**
 * Scenario 5's Signal button: signals the application trigger the app registered (or found
 * registered at launch) and shows {@code Signal result: <ApplicationTriggerResult>}.
 */
final class ApplicationTriggerSignal {

    private static final String NAME = SampleScenario.APPLICATION_TRIGGER_TASK.registrationName();

    private final LocalSettings settings;
    private final StatusBoard board;
    private volatile ApplicationTrigger trigger;

    ApplicationTriggerSignal(LocalSettings settings, StatusBoard board) {
        this.settings = settings;
        this.board = board;
    }

    /**
     * Remembers the trigger to signal. The sample makes a new ApplicationTrigger when it finds an
     * existing registration; in bgsim only a registered trigger object can be signalled, so the
     * app keeps the one the registration returns.
     */
    void use(BackgroundTrigger registeredTrigger) {
        if (registeredTrigger instanceof ApplicationTrigger applicationTrigger) {
            trigger = applicationTrigger;
        }
    }

    /** Forgets the trigger: Signal is enabled only while the task is registered. */
    void forget() {
        trigger = null;
        board.clearSignalResult();
    }

    void signal() {
        ApplicationTrigger current = trigger;
        if (current == null || !board.isRegistered(NAME)) {
            board.showSignalResult("Signal is disabled: register " + NAME + " first");
            return;
        }
        // Clear the previous run's result, so that the status line shows only this run's.
        settings.remove(NAME);
        board.refresh(NAME);
        current.requestAsync().thenAccept(board::showSignalResult);
    }
}

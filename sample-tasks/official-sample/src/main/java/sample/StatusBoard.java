package sample;

import dev.bgsim.sdk.ApplicationTriggerResult;
import dev.bgsim.sdk.BackgroundTaskFailedException;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.LocalSettings;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text the sample's pages show, written to LocalSettings because the app has no window in
 * bgsim: the GUI's settings view and the scenario files read it there.
 *
 * <ul>
 *   <li>{@code Status:<registration name>}: {@code Registered} or {@code Unregistered}, followed by
 *       {@code " - "} and the task's last result when LocalSettings holds one, e.g.
 *       {@code Registered - Completed};</li>
 *   <li>{@code Progress:<registration name>}: {@code Progress: 40%};</li>
 *   <li>{@code SignalResult}: {@code Signal result: ALLOWED} after the application trigger was signalled.</li>
 * </ul>
 *
 * <p>Whether a name is registered is the app's own memory, as in the sample: it is set when the
 * app registers or finds a registration and cleared when the app unregisters it. Used from the
 * app's lifecycle thread and from listener threads.
 */
final class StatusBoard {

    static final String STATUS_PREFIX = "Status:";
    static final String PROGRESS_PREFIX = "Progress:";
    static final String SIGNAL_RESULT_KEY = "SignalResult";
    static final String COMMAND_ERROR_KEY = "CommandError";

    private final LocalSettings settings;
    private final Set<String> registeredNames = ConcurrentHashMap.newKeySet();

    StatusBoard(LocalSettings settings) {
        this.settings = settings;
    }

    void markRegistered(String name) {
        registeredNames.add(name);
    }

    void markUnregistered(String name) {
        registeredNames.remove(name);
    }

    boolean isRegistered(String name) {
        return registeredNames.contains(name);
    }

    /** Rewrites the status line from the app's memory and the task's last result. */
    void refresh(String name) {
        show(name, lastResult(name));
    }

    /** The last run did not end normally: say so in place of the task's own result. */
    void showFailedRun(String name, BackgroundTaskFailedException failure) {
        String what = failure.isTerminated() ? "Terminated" : "Failed: " + failure.getCause();
        show(name, what);
    }

    /** The broker refused the registration: the line says why instead of a result. */
    void showRefusedRegistration(String name, BackgroundTaskRegistrationException refusal) {
        show(name, "Registration refused: " + refusal.getReason().name());
    }

    void showProgress(String name, int progress) {
        settings.put(PROGRESS_PREFIX + name, "Progress: " + progress + "%");
    }

    void showSignalResult(ApplicationTriggerResult result) {
        settings.put(SIGNAL_RESULT_KEY, "Signal result: " + result.name());
    }

    void showSignalResult(String text) {
        settings.put(SIGNAL_RESULT_KEY, text);
    }

    void clearSignalResult() {
        settings.remove(SIGNAL_RESULT_KEY);
    }

    void showCommandError(String text) {
        settings.put(COMMAND_ERROR_KEY, text);
    }

    private String lastResult(String name) {
        Object value = settings.get(name);
        return value == null ? null : value.toString();
    }

    private void show(String name, String detail) {
        String line = isRegistered(name) ? "Registered" : "Unregistered";
        settings.put(STATUS_PREFIX + name, detail == null ? line : line + " - " + detail);
    }
}

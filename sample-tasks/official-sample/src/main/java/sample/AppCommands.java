package sample;

import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import dev.bgsim.sdk.LocalSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sample's buttons, pressed through LocalSettings: the app has no window in bgsim, so a button
 * press is a command string in the LocalSettings value {@code Commands} (one string, or a list run
 * in order). The app takes the value and runs the commands when it comes to the foreground
 * (launch and resume). Results show in the status lines; a command the app does not understand
 * is reported in {@code CommandError}. The app lists the commands in {@code Commands.Available}
 * (see {@link #publish()}): bgsim shows them as buttons in its app panel, and pressing one queues it
 * and brings the app to the foreground.
 *
 * <ul>
 *   <li>{@code Register <name>}: the Register button of the scenario with that registration name;</li>
 *   <li>{@code Unregister <name>}: its Unregister button;</li>
 *   <li>{@code Signal}: scenario 5's Signal button;</li>
 *   <li>{@code Unregister Ungrouped Tasks}: scenario 6's button of that name.</li>
 * </ul>
 */
final class AppCommands {

    static final String KEY = "Commands";
    /** Where the app lists the commands it understands, so that bgsim can show them as buttons. */
    static final String AVAILABLE_KEY = "Commands.Available";

    private static final String REGISTER = "Register ";
    private static final String UNREGISTER = "Unregister ";
    private static final String SIGNAL = "Signal";
    private static final String UNREGISTER_UNGROUPED = "Unregister Ungrouped Tasks";
    private static final String USAGE = "use \"Register <name>\", \"Unregister <name>\", \"" + SIGNAL + "\" or \""
            + UNREGISTER_UNGROUPED + "\"";

    private final LocalSettings settings;
    private final StatusBoard board;
    private final TaskRegistrar registrar;
    private final ApplicationTriggerSignal signal;

    AppCommands(LocalSettings settings, StatusBoard board, TaskRegistrar registrar, ApplicationTriggerSignal signal) {
        this.settings = settings;
        this.board = board;
        this.registrar = registrar;
        this.signal = signal;
    }

    /**
     * Lists every button of the six pages in {@code Commands.Available}, page by page, so that bgsim's
     * app panel shows one button per command. Written each time the app process starts: the list is
     * the app's, and a new version of the app may offer other buttons.
     */
    void publish() {
        List<String> buttons = new ArrayList<>();
        for (SampleScenario scenario : SampleScenario.values()) {
            buttons.add(REGISTER + scenario.registrationName());
            buttons.add(UNREGISTER + scenario.registrationName());
            if (scenario == SampleScenario.APPLICATION_TRIGGER_TASK) {
                buttons.add(SIGNAL);
            }
            if (scenario == SampleScenario.GROUPED_BACKGROUND_TASK) {
                buttons.add(UNREGISTER_UNGROUPED);
            }
        }
        settings.put(AVAILABLE_KEY, buttons);
    }

    /** Runs the commands waiting in LocalSettings, then removes them so they run once. */
    void runPending() {
        Object pending = settings.get(KEY);
        if (pending == null) {
            return;
        }
        settings.remove(KEY);
        List<?> commands = pending instanceof List<?> list ? list : List.of(pending);
        for (Object command : commands) {
            run(String.valueOf(command).strip());
        }
    }

    private void run(String command) {
        if (command.equals(SIGNAL)) {
            signal.signal();
        } else if (command.equals(UNREGISTER_UNGROUPED)) {
            registrar.unregisterUngrouped();
            signal.forget();
        } else if (command.startsWith(REGISTER)) {
            scenarioIn(command, REGISTER).ifPresent(this::register);
        } else if (command.startsWith(UNREGISTER)) {
            scenarioIn(command, UNREGISTER).ifPresent(this::unregister);
        } else {
            board.showCommandError("Unknown command \"" + command + "\": " + USAGE);
        }
    }

    private void register(SampleScenario scenario) {
        try {
            BackgroundTaskRegistration registration = registrar.register(scenario);
            if (scenario == SampleScenario.APPLICATION_TRIGGER_TASK) {
                signal.use(registration.getTrigger());
            }
            board.refresh(scenario.registrationName());
        } catch (BackgroundTaskRegistrationException refusal) {
            board.showRefusedRegistration(scenario.registrationName(), refusal);
        }
    }

    private void unregister(SampleScenario scenario) {
        registrar.unregister(scenario);
        if (scenario == SampleScenario.APPLICATION_TRIGGER_TASK) {
            signal.forget();
        }
    }

    private Optional<SampleScenario> scenarioIn(String command, String verb) {
        String name = command.substring(verb.length()).strip();
        Optional<SampleScenario> scenario = SampleScenario.named(name);
        if (scenario.isEmpty()) {
            board.showCommandError("Unknown registration name \"" + name + "\" in \"" + command + "\": " + USAGE
                    + ", with one of the six registration names");
        }
        return scenario;
    }
}

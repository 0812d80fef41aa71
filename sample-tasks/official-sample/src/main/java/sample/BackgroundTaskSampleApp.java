package sample;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.AppContext;
import dev.bgsim.sdk.BackgroundTaskRegistration;
import dev.bgsim.sdk.BackgroundTaskRegistrationException;
import java.util.List;

/**
 * The official "Background task" sample's app, ported to bgsim.
 *
 * <p>The sample has six pages, one per scenario, each with Register and Unregister buttons. In
 * bgsim the app has no window, so:
 * <ul>
 *   <li><b>On launch</b> it does what each page does when it opens: it looks for its registration,
 *       re-attaches the progress and completed listeners and shows it as registered; and where the
 *       registration is missing, it presses Register. So one launch registers all six tasks, and
 *       every later launch re-attaches to them (the guidelines' "re-register during app launch").</li>
 *   <li><b>Status lines</b> go to LocalSettings, {@code Status:<registration name>}
 *       (see {@link StatusBoard}).</li>
 *   <li><b>Buttons</b> are commands left in LocalSettings under {@code Commands}, run on launch and
 *       on resume; the app lists them in {@code Commands.Available}, which bgsim's app panel shows as
 *       buttons (see {@link AppCommands}). Firing triggers, unregistering and signalling can also
 *       be done from bgsim itself (GUI or scenario), as the system would.</li>
 * </ul>
 *
 * <p>One object per app process; its fields live as long as the process, so nothing here is static.
 */
public final class BackgroundTaskSampleApp implements App {

    private StatusBoard board;
    private TaskRegistrar registrar;
    private ApplicationTriggerSignal signal;
    private AppCommands commands;
    private boolean pagesOpen;

    @Override
    public void onCreated(AppContext context) {
        board = new StatusBoard(context.getLocalSettings());
        registrar = new TaskRegistrar(context, board, new TaskMonitor(board));
        signal = new ApplicationTriggerSignal(context.getLocalSettings(), board);
        commands = new AppCommands(context.getLocalSettings(), board, registrar, signal);
        commands.publish();
    }

    @Override
    public void onLaunched(AppContext context) {
        // The pages open once per process, as a UWP app navigates its frame only when it has no
        // content yet: launching a process that runs already (from the background, or to press a
        // button) shows the same pages, and must not register what a button just unregistered.
        // It still looks at its registrations and re-attaches (once per process, so no double
        // listeners), as every launch should.
        for (SampleScenario scenario : SampleScenario.values()) {
            if (pagesOpen) {
                registrar.reattach(scenario);
            } else {
                openPage(scenario);
            }
        }
        pagesOpen = true;
        commands.runPending();
    }

    @Override
    public void onResuming(AppContext context) {
        commands.runPending();
    }

    private void openPage(SampleScenario scenario) {
        String name = scenario.registrationName();
        try {
            List<BackgroundTaskRegistration> existing = registrar.reattach(scenario);
            BackgroundTaskRegistration registration = existing.isEmpty() ? registrar.register(scenario) : existing.get(0);
            if (scenario == SampleScenario.APPLICATION_TRIGGER_TASK) {
                signal.use(registration.getTrigger());
            }
            board.refresh(name);
        } catch (BackgroundTaskRegistrationException refusal) {
            // A refusal must not escape onLaunched: the other pages still open, and the line says why.
            board.showRefusedRegistration(name, refusal);
        }
    }
}

package dev.bgsim.ui.registry;

import static dev.bgsim.ui.RecordedSession.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.ui.RecordedSession;
import dev.bgsim.ui.RecordingPort;
import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.session.RegistrationRecord;
import dev.bgsim.ui.shell.Selection;
import dev.bgsim.ui.shell.StatusViewModel;
import dev.bgsim.ui.shell.UiContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packages tree's commands, on the read models of a real engine's events, without a stage. */
class RegistryTreeViewModelTest {
    private final RecordingPort port = new RecordingPort();
    private final StatusViewModel status = new StatusViewModel();
    private final Selection selection = new Selection();
    private final RecordedSession session = new RecordedSession();
    private final RegistryTreeViewModel vm = new RegistryTreeViewModel(new UiContext(port, status, Runnable::run),
            session.registry, selection, null);

    @Test
    void firingWithNothingSelectedSaysWhatToSelectAndSendsNothing() {
        vm.fire(false);
        assertTrue(port.requests.isEmpty(), port.requests.toString());
        assertTrue(status.errorProperty().get());
        assertTrue(status.messageProperty().get().contains("Select a registration"), status.messageProperty().get());
    }

    @Test
    void firingTheSelectedRegistrationSendsItAndThenSelectsTheInstanceItStarted() throws Exception {
        List<EngineEvent> history = RecordedSession.history(has("InstanceStarted", "RefreshForecast"), "RefreshForecast");
        int started = indexOf(history, "InstanceStarted");
        session.fold(history.subList(0, started));
        RegistrationRecord forecast = registration("RefreshForecast");
        selection.registrationProperty().set(forecast.id());

        vm.fire(true);
        session.fold(history.subList(started, history.size()));

        assertEquals(List.of("fire " + forecast.id() + " forced=true args=null"), port.requests);
        InstanceRecord instance = forecast.instances().get(0);
        assertEquals(instance.id(), selection.instanceProperty().get(), "the inspector follows the fired instance");
        assertEquals(forecast, vm.targetRegistration());
    }

    @Test
    void cancellingUsesTheChosenReasonForALiveInstanceAndRefusesAnEndedOne() throws Exception {
        List<EngineEvent> history = RecordedSession.history(has("InstanceCompleted", "RefreshForecast"), "RefreshForecast");
        session.fold(history.subList(0, indexOf(history, "InstanceStarted") + 1));
        InstanceRecord instance = registration("RefreshForecast").instances().get(0);
        selection.instanceProperty().set(instance.id());

        vm.cancel(BackgroundTaskCancellationReason.SERVICING_UPDATE);
        assertEquals(List.of("cancel " + instance.id() + " SERVICING_UPDATE"), port.requests);

        session.fold(history.subList(indexOf(history, "InstanceStarted") + 1, history.size()));
        vm.cancel(BackgroundTaskCancellationReason.ABORT);
        assertEquals(1, port.requests.size(), "an ended instance is not cancelled again");
        assertTrue(status.messageProperty().get().contains("running instance"), status.messageProperty().get());
    }

    @Test
    void theTargetInstanceOfARegistrationIsItsNewestLiveOne() throws Exception {
        List<EngineEvent> history = RecordedSession.history(has("InstanceStarted", "RefreshForecast"), "RefreshForecast");
        session.fold(history.subList(0, indexOf(history, "InstanceStarted") + 1));
        RegistrationRecord forecast = registration("RefreshForecast");
        selection.registrationProperty().set(forecast.id());
        assertEquals(forecast.liveInstances().get(0), vm.targetInstance());
        selection.registrationProperty().set(registration("SyncRadar").id());
        assertNull(vm.targetInstance());
    }

    private RegistrationRecord registration(String name) {
        return session.registry.packages().iterator().next().registrations().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static int indexOf(List<EngineEvent> history, String type) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in " + history);
    }
}

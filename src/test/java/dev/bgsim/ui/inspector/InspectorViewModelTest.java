package dev.bgsim.ui.inspector;

import static dev.bgsim.ui.RecordedSession.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.ui.RecordedSession;
import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.shell.Selection;
import org.junit.jupiter.api.Test;

/** What the inspector shows for a selected instance, from a real engine's events, without a stage. */
class InspectorViewModelTest {
    private final RecordedSession session = new RecordedSession();
    private final Selection selection = new Selection();
    private final InspectorViewModel vm = new InspectorViewModel(session.registry, session.simulation, selection);

    @Test
    void withNothingSelectedItSaysHowToSelect() {
        assertEquals("No instance selected", vm.titleProperty().get());
        assertTrue(vm.factsProperty().get().values().iterator().next().contains("Select an instance"));
    }

    @Test
    void aCompletedInstanceShowsItsStateResultTimeAgainstItsLimitAndProgress() throws Exception {
        session.fold(RecordedSession.history(has("InstanceCompleted", "RefreshForecast"), "RefreshForecast"));
        InstanceRecord instance = session.registry.instances().get(0);

        selection.instanceProperty().set(instance.id());

        assertEquals("RefreshForecast#1", vm.titleProperty().get());
        assertEquals("COMPLETED", vm.stateProperty().get());
        assertEquals("completed", vm.factsProperty().get().get("Result"));
        assertEquals("—", vm.factsProperty().get().get("Cancellation"));
        assertEquals(1.0, vm.progressProperty().get(), 1e-9, "SleepTask reports 100% last");
        assertTrue(vm.timeTextProperty().get().startsWith("1.0 s of "), vm.timeTextProperty().get());
        assertTrue(vm.timeUsedProperty().get() > 0 && vm.timeUsedProperty().get() < 1, "elapsed within the limit");
        assertTrue(vm.factsProperty().get().get("Started").matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"),
                vm.factsProperty().get().get("Started"));
    }

    @Test
    void clearingTheSelectionEmptiesTheInspector() throws Exception {
        session.fold(RecordedSession.history(has("InstanceCompleted", "RefreshForecast"), "RefreshForecast"));
        selection.instanceProperty().set(session.registry.instances().get(0).id());
        selection.instanceProperty().set(null);
        assertEquals("No instance selected", vm.titleProperty().get());
        assertEquals("", vm.stateProperty().get());
    }
}

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
    void memoryShowsTheLastHeapSampleOfTheInstancesHostAgainstItsCap() throws Exception {
        java.util.List<dev.bgsim.engine.event.EngineEvent> history =
                RecordedSession.history(has("InstanceCompleted", "RefreshForecast"), "RefreshForecast");
        session.fold(history);
        InstanceRecord instance = session.registry.instances().get(0);
        selection.instanceProperty().set(instance.id());
        assertEquals("not measured (runs in bgsim's own JVM)", vm.factsProperty().get().get("Memory"),
                "packages built in code run in bgsim's JVM, whose hosts send no samples");

        // The sample a child-JVM host would send, as the engine emits it: about its host.
        dev.bgsim.engine.event.EngineEvent last = history.get(history.size() - 1);
        session.fold(java.util.List.of(new dev.bgsim.engine.event.EngineEvent(last.seq() + 1, last.simTime(), last.wallTime(),
                new dev.bgsim.engine.event.Subjects(instance.registration().pkg().name(), null, null, null, 0, instance.hostId()),
                new dev.bgsim.engine.event.Events.HostHeapSampled(12L * 1024 * 1024 + 512 * 1024, 16L * 1024 * 1024))));

        assertEquals("12.5 MB of 16.0 MB host heap", vm.factsProperty().get().get("Memory"));
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

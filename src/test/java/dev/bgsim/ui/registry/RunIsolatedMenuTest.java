package dev.bgsim.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.ui.RecordedSession;
import dev.bgsim.ui.RecordingPort;
import dev.bgsim.ui.shell.Selection;
import dev.bgsim.ui.shell.StatusViewModel;
import dev.bgsim.ui.shell.UiContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packages tree's "Run isolated" check item (SPEC 3.8), without a stage. */
class RunIsolatedMenuTest {
    private final RecordingPort port = new RecordingPort();
    private final StatusViewModel status = new StatusViewModel();
    private final Selection selection = new Selection();
    private final RegistryTreeViewModel vm = new RegistryTreeViewModel(new UiContext(port, status, Runnable::run),
            new RecordedSession().registry, selection, null);

    @Test
    void runIsolatedSendsItForTheSelectedPackageAndRemembersIt() {
        selection.packageProperty().set("Samples.InProcess");
        assertFalse(vm.runsIsolated("Samples.InProcess"));
        vm.setRunIsolated(true);
        assertEquals(List.of("runIsolated Samples.InProcess true"), port.requests);
        assertTrue(vm.runsIsolated("Samples.InProcess"), "the check item shows ticked next time");
        vm.setRunIsolated(false);
        assertFalse(vm.runsIsolated("Samples.InProcess"));
    }

    @Test
    void withNoPackageSelectedItSaysWhatToSelect() {
        vm.setRunIsolated(true);
        assertTrue(port.requests.isEmpty());
        assertTrue(status.messageProperty().get().contains("Select a package"), status.messageProperty().get());
    }
}

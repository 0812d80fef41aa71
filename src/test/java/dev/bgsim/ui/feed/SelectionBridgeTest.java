package dev.bgsim.ui.feed;

import static dev.bgsim.ui.RecordedSession.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bgsim.ui.RecordedSession;
import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.shell.Selection;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The timeline's selected bar and the window's selection, kept in step both ways, without a stage. */
class SelectionBridgeTest {
    private final SimpleObjectProperty<String> timeline = new SimpleObjectProperty<>();
    private final Selection selection = new Selection();
    private final RecordedSession session = new RecordedSession();

    @Test
    void clickingABarSelectsItsInstanceAndRegistration() throws Exception {
        session.fold(RecordedSession.history(has("InstanceCompleted", "RefreshForecast"), "RefreshForecast"));
        new SelectionBridge(timeline, selection, session.registry);
        InstanceRecord instance = session.registry.instances().get(0);

        timeline.set(instance.id().toString());

        assertEquals(instance.id(), selection.instanceProperty().get());
        assertEquals(instance.registration().id(), selection.registrationProperty().get());
    }

    @Test
    void selectingInTheTreeOutlinesTheBarAndClearingClearsIt() {
        new SelectionBridge(timeline, selection, session.registry);
        UUID id = UUID.randomUUID();
        selection.instanceProperty().set(id);
        assertEquals(id.toString(), timeline.get());
        selection.instanceProperty().set(null);
        assertNull(timeline.get());
    }

    @Test
    void clickingEmptyTimeClearsTheInstanceButKeepsTheRegistration() {
        new SelectionBridge(timeline, selection, session.registry);
        UUID registration = UUID.randomUUID();
        selection.registrationProperty().set(registration);
        selection.instanceProperty().set(UUID.randomUUID());
        timeline.set(null);
        assertNull(selection.instanceProperty().get());
        assertEquals(registration, selection.registrationProperty().get());
    }

    @Test
    void aBarIdThatIsNoInstanceSelectsNothing() {
        assertNull(SelectionBridge.parse("i42"));
        assertNull(SelectionBridge.parse(null));
    }
}

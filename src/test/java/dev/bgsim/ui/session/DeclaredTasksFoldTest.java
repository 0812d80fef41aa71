package dev.bgsim.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventJson;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.ui.RecordedSession;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declared tasks the packages tree lists: from PackageLoaded, in recordings old and new. */
class DeclaredTasksFoldTest {
    private final EventJson json = new EventJson();

    @Test
    void aLoadedPackageListsTheTasksItsManifestDeclares() throws Exception {
        RecordedSession session = new RecordedSession();
        session.fold(RecordedSession.history(events -> events.stream().anyMatch(e -> e.type().equals("PackageLoaded"))));

        PackageRecord weather = session.registry.packages().iterator().next();
        assertEquals(List.of("dev.bgsim.engine.tasks.SleepTask", "dev.bgsim.engine.tasks.CooperativeTask",
                "dev.bgsim.engine.tasks.DeferredTimerTask"),
                weather.declared().stream().map(Events.TaskDeclaration::entryPoint).toList());
        assertEquals(List.of("systemEvent"), weather.declared().get(0).taskTypes());
    }

    @Test
    void theDeclaredTasksTravelInRecordings() {
        EngineEvent e = new EngineEvent(3, Instant.parse("2026-01-01T08:00:00Z"), Instant.parse("2026-01-01T08:00:00Z"),
                Subjects.ofPackage("P"), new Events.PackageLoaded("1.0.0.0", "a.App", 1,
                        List.of(new Events.TaskDeclaration("a.Sync", List.of("general", "timer"), "sync", false))));

        assertEquals(e, json.read(json.write(e)));
    }

    @Test
    void aRecordingMadeBeforeTheyWereListedShowsNoDeclaredTasks() {
        EngineEvent old = json.read("{\"seq\":3,\"sim\":\"2026-01-01T08:00:00Z\",\"wall\":\"2026-01-01T08:00:00Z\","
                + "\"type\":\"PackageLoaded\",\"package\":\"P\","
                + "\"payload\":{\"version\":\"1.0.0.0\",\"appEntryPoint\":\"a.App\",\"declaredTasks\":2}}");
        assertNull(((Events.PackageLoaded) old.payload()).tasks());

        RecordedSession session = new RecordedSession().fold(List.of(old));

        assertEquals(2, session.registry.packages().iterator().next().declaredTasks());
        assertEquals(List.of(), session.registry.packages().iterator().next().declared());
    }
}

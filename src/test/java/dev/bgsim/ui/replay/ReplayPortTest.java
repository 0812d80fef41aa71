package dev.bgsim.ui.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.UnknownEvent;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.ui.port.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The port of a recording: events handed out as the replay moves, history first, every command refused. */
class ReplayPortTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @Test
    void eventsComeOutAsTheReplayMovesAndALateSubscriberGetsTheHistoryFirst() {
        ReplayPort port = new ReplayPort(session(), Path.of("rec.jsonl"));
        List<Long> first = new ArrayList<>();
        port.subscribe(batch -> batch.forEach(e -> first.add(e.seq())));
        port.showBeginning();
        assertEquals(List.of(1L), first, "the beginning is only the engine's start");
        port.advanceTo(T0.plusSeconds(1));
        assertEquals(List.of(1L, 2L, 3L), first);
        List<Long> late = new ArrayList<>();
        port.subscribe(batch -> batch.forEach(e -> late.add(e.seq())));
        assertEquals(List.of(1L, 2L, 3L), late);
        port.advanceTo(T0);
        assertEquals(T0.plusSeconds(1), port.position(), "never backwards");
        assertFalse(port.atEnd());
        assertEquals(T0.plusSeconds(5), port.nextEventTime());
        port.advanceTo(T0.plusSeconds(60));
        assertEquals(List.of(1L, 2L, 3L, 4L), late);
        assertTrue(port.atEnd());
        assertEquals(T0.plusSeconds(5), port.position(), "clamped to the session's end");
        assertEquals(4, port.shownCount());
    }

    @Test
    void everyCommandIsRefusedSayingItIsARecording() throws Exception {
        ReplayPort port = new ReplayPort(session(), Path.of("rec.jsonl"));
        List<Outcome> answers = List.of(port.pause(true).get(), port.step().get(), port.fire(null, false, null).get(),
                port.openPackage(Path.of("x.jar")).get(), port.appAction("p", null).get());
        for (Outcome o : answers) {
            assertFalse(o.ok());
            assertTrue(o.message().startsWith("This is a recording (rec.jsonl)"), o.message());
        }
    }

    private static RecordedSession session() {
        List<EngineEvent> events = List.of(
                event(1, T0, new Events.EngineStarted("desktop", T0, true, 1.0, Map.of())),
                event(2, T0, new UnknownEvent("Future", Map.of())),
                event(3, T0.plusSeconds(1), new UnknownEvent("Later", Map.of())),
                event(4, T0.plusSeconds(5), new UnknownEvent("Last", Map.of())));
        return new RecordedSession(Optional.empty(), List.of(), events, 1, Optional.empty());
    }

    private static EngineEvent event(long seq, Instant at, dev.bgsim.engine.event.EventPayload payload) {
        return new EngineEvent(seq, at, at, Subjects.NONE, payload);
    }
}

package dev.bgsim.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private final EventJson json = new EventJson();
    private final Subjects subjects = new Subjects("Pkg", new UUID(1, 2), "Reg", new UUID(3, 4), 3, "Pkg/default");

    @Test
    void everyEventIsOneLineAndReadsBackEqual() {
        List<EventPayload> payloads = List.of(
                new Events.InstanceStarted("tasks.T", false, false, Duration.ofSeconds(30)),
                new Events.CancelRequested("ENERGY_SAVER", Instant.parse("2026-01-01T08:00:05Z"), 1, "SYSTEM"),
                new Events.InstanceTerminated("GRACE_EXPIRED", "ABORT", null, List.of("Reg#4")),
                new Events.ActivationLatched(List.of("CONDITION_UNMET"), "waits for condition INTERNET_AVAILABLE"));
        long seq = 1;
        for (EventPayload p : payloads) {
            EngineEvent e = new EngineEvent(seq++, Instant.parse("2026-01-01T08:00:00Z"), Instant.now(), subjects, p);
            String line = json.write(e);
            assertFalse(line.contains("\n"));
            assertEquals(e, json.read(line));
        }
    }

    @Test
    void unknownTypeReadsAsUnknownEvent() {
        EngineEvent e = json.read("{\"seq\":7,\"sim\":\"2026-01-01T08:00:00Z\",\"wall\":\"2026-01-01T08:00:00Z\","
                + "\"type\":\"SomethingNew\",\"payload\":{\"x\":1}}");
        assertTrue(e.payload() instanceof UnknownEvent);
        assertEquals("SomethingNew", e.type());
    }
}

package dev.bgsim.scenario.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventJson;

/** An event's payload as a JSON tree, exactly as a recording line holds it (times as ISO-8601 text). */
final class PayloadTrees {
    private final EventJson json = new EventJson();
    private final ObjectMapper mapper = new ObjectMapper();

    JsonNode of(EngineEvent e) {
        try {
            return mapper.readTree(json.write(e)).path("payload");
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event line that does not read back: " + e.describe(), ex);
        }
    }
}

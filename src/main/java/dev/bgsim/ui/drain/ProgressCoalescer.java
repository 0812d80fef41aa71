package dev.bgsim.ui.drain;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drops progress reports that a later report of the same instance in the same chunk supersedes:
 * a view shows the latest value anyway, and a chatty task must not flood the FX thread
 * (STYLE habit 6). The recording keeps every report; this only thins what the views see.
 */
final class ProgressCoalescer {
    private ProgressCoalescer() {
    }

    static List<EngineEvent> coalesce(List<EngineEvent> chunk) {
        Map<UUID, Integer> lastProgressAt = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            EngineEvent e = chunk.get(i);
            if (e.payload() instanceof Events.ProgressReported && e.subjects().instanceId() != null) {
                lastProgressAt.put(e.subjects().instanceId(), i);
            }
        }
        if (lastProgressAt.isEmpty()) {
            return chunk;
        }
        List<EngineEvent> out = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            EngineEvent e = chunk.get(i);
            boolean superseded = e.payload() instanceof Events.ProgressReported
                    && e.subjects().instanceId() != null
                    && lastProgressAt.get(e.subjects().instanceId()) != i;
            if (!superseded) {
                out.add(e);
            }
        }
        return out;
    }
}

package dev.bgsim.scenario.export;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Engine host ids as scenario host ids: {@code PKG/default} and {@code PKG/group:NAME} are the
 * same; a multi-instance host ({@code PKG/multi-N}) is named by the instance it was started for
 * ({@code PKG/instance:REGISTRATION#N}). The app process ({@code app:PKG}) is no host id (empty).
 */
final class HostNames {
    private final Map<String, String> instanceHosts = new HashMap<>();

    HostNames(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            String host = e.subjects().hostId();
            if (e.payload() instanceof Events.InstanceStarted && host != null && host.contains("/multi-")) {
                instanceHosts.putIfAbsent(host, e.subjects().packageName() + "/instance:"
                        + e.subjects().registrationName() + "#" + e.subjects().instanceNumber());
            }
        }
    }

    Optional<String> scenarioId(String engineHostId) {
        if (engineHostId == null || engineHostId.startsWith("app:")) {
            return Optional.empty();
        }
        if (engineHostId.contains("/multi-")) {
            return Optional.ofNullable(instanceHosts.get(engineHostId));
        }
        return Optional.of(engineHostId);
    }
}

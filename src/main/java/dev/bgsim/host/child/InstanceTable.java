package dev.bgsim.host.child;

import dev.bgsim.host.protocol.ProtocolException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The instances started in this host, by instance id. Thread-safe. */
final class InstanceTable {
    private final Map<String, HostInstance> byId = new ConcurrentHashMap<>();

    void add(HostInstance instance) throws ProtocolException {
        if (byId.putIfAbsent(instance.id(), instance) != null) {
            throw new ProtocolException("START_INSTANCE for instance " + instance.id() + ", which this host already started");
        }
    }

    /** The instance with {@code id}; bgsim only names instances it started here, so an unknown id breaks the protocol. */
    HostInstance get(String id, String frameType) throws ProtocolException {
        HostInstance instance = byId.get(id);
        if (instance == null) {
            throw new ProtocolException(frameType + " names instance " + id + ", which was never started in this host");
        }
        return instance;
    }

    Collection<HostInstance> all() {
        return byId.values();
    }
}

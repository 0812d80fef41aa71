package dev.bgsim.engine.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The set of named holds on time skipping, in creation order. Engine thread only.
 */
public final class Holds {
    private final Map<Long, Hold> holds = new LinkedHashMap<>();
    private long nextId = 1;

    /** Engine thread only. Creates a hold; keep its id to release it. */
    public Hold acquire(HoldKind kind, String label) {
        Hold hold = new Hold(nextId++, kind, label, kind == HoldKind.REAL_WORK);
        holds.put(hold.id(), hold);
        return hold;
    }

    /** Engine thread only. Releases a hold; releasing twice is harmless. */
    public void release(long id) {
        holds.remove(id);
    }

    /** Engine thread only. Marks a hold as real work with a new label. */
    public void markRealWork(long id, String label) {
        Hold h = holds.get(id);
        if (h != null) {
            holds.put(id, h.withRealWork(label));
        }
    }

    public boolean isEmpty() {
        return holds.isEmpty();
    }

    public boolean contains(long id) {
        return holds.containsKey(id);
    }

    /** True if some hold is real work (time must flow with real time). */
    public boolean anyRealWork() {
        return holds.values().stream().anyMatch(Hold::realWork);
    }

    public List<Hold> list() {
        return new ArrayList<>(holds.values());
    }
}

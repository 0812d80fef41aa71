package dev.bgsim.ui.session;

import dev.bgsim.engine.event.EngineEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A table from payload type to handler, so a folder reads as a list of "on X do Y" lines instead
 * of a long instanceof chain.
 */
final class PayloadDispatch {
    private final Map<Class<?>, BiConsumer<EngineEvent, Object>> handlers = new HashMap<>();

    <T> PayloadDispatch on(Class<T> type, BiConsumer<EngineEvent, T> handler) {
        handlers.put(type, (e, p) -> handler.accept(e, type.cast(p)));
        return this;
    }

    /** Handles the event; false when no handler is registered for its type. */
    boolean dispatch(EngineEvent e) {
        BiConsumer<EngineEvent, Object> h = handlers.get(e.payload().getClass());
        if (h == null) {
            return false;
        }
        h.accept(e, e.payload());
        return true;
    }
}

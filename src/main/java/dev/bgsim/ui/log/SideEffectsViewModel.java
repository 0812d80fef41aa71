package dev.bgsim.ui.log;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.ui.drain.EventSink;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Task output lines and the notifications (toasts, tile updates, badges) tasks showed, for the
 * bottom tabs. Bounded like the event log; appended once per pulse.
 */
public final class SideEffectsViewModel implements EventSink {
    private static final int CAPACITY = 10_000;
    private final ObservableList<String> output = FXCollections.observableArrayList();
    private final ObservableList<String> notifications = FXCollections.observableArrayList();
    private final List<String> pendingOutput = new ArrayList<>();
    private final List<String> pendingNotifications = new ArrayList<>();

    @Override
    public void accept(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            String who = e.subjects().registrationName() == null ? ""
                    : e.subjects().registrationName() + "#" + e.subjects().instanceNumber();
            if (e.payload() instanceof Events.TaskOutput o) {
                pendingOutput.add(e.simTime() + "  " + who + "  " + o.level() + "  " + o.message());
            } else if (e.payload() instanceof Events.NotificationShown n) {
                pendingNotifications.add(describe(e, who, n));
            }
        }
    }

    private static String describe(EngineEvent e, String who, Events.NotificationShown n) {
        String body = switch (n.kind()) {
            case "BADGE" -> "badge " + n.badge();
            case "TILE" -> "tile: " + String.join(" | ", n.lines() == null ? List.of() : n.lines());
            default -> n.title() + (n.text() == null ? "" : " — " + n.text());
        };
        return e.simTime() + "  " + n.kind().toLowerCase() + "  " + body + "   (" + who + ")";
    }

    @Override
    public void pulseEnded(ClockStatus clock) {
        flush(pendingOutput, output);
        flush(pendingNotifications, notifications);
    }

    private static void flush(List<String> pending, ObservableList<String> target) {
        if (pending.isEmpty()) {
            return;
        }
        int overflow = target.size() + pending.size() - CAPACITY;
        if (overflow > 0) {
            target.remove(0, Math.min(overflow, target.size()));
        }
        target.addAll(pending);
        pending.clear();
    }

    public ObservableList<String> output() { return output; }

    public ObservableList<String> notifications() { return notifications; }
}

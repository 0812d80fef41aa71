package dev.bgsim.scenario.record;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One engine's stream in a recording: its header (absent in a recording written without one),
 * the packages it named, and its events in order.
 *
 * @param header    the session's header line, if it had one
 * @param packages  packages in the header and those opened later
 * @param events    the events read, in file order
 * @param firstLine the 1-based line the session starts on
 * @param stoppedAt the simulated time when recording stopped, if it stopped cleanly (an end line)
 */
public record RecordedSession(Optional<RecordingHeader> header, List<RecordedPackage> packages, List<EngineEvent> events,
                              int firstLine, Optional<Instant> stoppedAt) {
    public RecordedSession {
        packages = List.copyOf(packages);
        events = List.copyOf(events);
    }

    /** The simulated instant the session started at: the header's, else its first event's. */
    public Instant start() {
        return header.map(RecordingHeader::start).or(() -> events.stream()
                .filter(e -> e.payload() instanceof Events.EngineStarted)
                .map(e -> ((Events.EngineStarted) e.payload()).start()).findFirst())
                .orElseGet(() -> events.isEmpty() ? Instant.EPOCH : events.get(0).simTime());
    }

    /** The simulated instant the session was recorded to: where recording stopped, else its last event. */
    public Instant end() {
        Instant last = events.isEmpty() ? start() : events.get(events.size() - 1).simTime();
        return stoppedAt.filter(t -> t.isAfter(last)).orElse(last);
    }

    /** The device profile the session started on. */
    public String profile() {
        return header.map(RecordingHeader::profile).or(() -> events.stream()
                .filter(e -> e.payload() instanceof Events.EngineStarted)
                .map(e -> ((Events.EngineStarted) e.payload()).profile()).findFirst()).orElse("desktop");
    }

    /** Collects a session while a file is read. */
    static final class Builder {
        private final RecordingHeader header;
        private final int firstLine;
        private final List<RecordedPackage> packages = new ArrayList<>();
        private final List<EngineEvent> events = new ArrayList<>();
        private Instant stoppedAt;

        Builder(RecordingHeader header, int firstLine) {
            this.header = header;
            this.firstLine = firstLine;
            if (header != null) {
                packages.addAll(header.packages());
            }
        }

        void add(RecordedPackage pkg) {
            packages.add(pkg);
        }

        void add(EngineEvent event) {
            events.add(event);
        }

        void stoppedAt(Instant at) {
            stoppedAt = at;
        }

        boolean hasEvents() {
            return !events.isEmpty();
        }

        long lastSeq() {
            return events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
        }

        RecordedSession build() {
            return new RecordedSession(Optional.ofNullable(header), packages, events, firstLine,
                    Optional.ofNullable(stoppedAt));
        }
    }
}

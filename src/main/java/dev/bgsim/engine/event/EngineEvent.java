package dev.bgsim.engine.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One fact on the ordered event stream: envelope (sequence, simulated and wall time, subjects)
 * plus a typed payload. Immutable. The type name is the payload record's simple name
 * ({@code InstanceCanceled}, ...).
 *
 * @param seq      1-based position in the stream, no gaps
 * @param simTime  simulated time when it happened
 * @param wallTime real time when it happened (the only non-deterministic field)
 * @param subjects who it is about
 * @param payload  what happened
 */
public record EngineEvent(long seq, Instant simTime, Instant wallTime, Subjects subjects, EventPayload payload) {
    public EngineEvent {
        Objects.requireNonNull(simTime);
        Objects.requireNonNull(wallTime);
        Objects.requireNonNull(subjects);
        Objects.requireNonNull(payload);
    }

    /** The event type: the payload's name. */
    public String type() {
        return payload.type();
    }

    /** The payload cast to {@code type}, for tests and views. */
    public <T extends EventPayload> T payloadAs(Class<T> type) {
        return type.cast(payload);
    }

    /** One readable line (no wall time), used in test failure messages and logs. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(seq).append(' ').append(simTime).append(' ').append(type());
        if (subjects.registrationName() != null) {
            sb.append(' ').append(subjects.registrationName());
            if (subjects.instanceNumber() > 0) {
                sb.append('#').append(subjects.instanceNumber());
            }
        } else if (subjects.packageName() != null) {
            sb.append(' ').append(subjects.packageName());
        }
        sb.append(' ').append(payload);
        return sb.toString();
    }
}

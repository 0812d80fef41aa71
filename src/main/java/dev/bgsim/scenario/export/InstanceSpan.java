package dev.bgsim.scenario.export;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One task instance of a recorded session, from its start to its end (or the end of the
 * recording), folded from its events.
 *
 * @param instanceId       the engine's instance id
 * @param packageName      its package
 * @param registrationId   its registration's task id
 * @param registrationName its registration's name
 * @param number           1-based number within the registration
 * @param hostId           the host it ran in
 * @param entryPoint       the task class (null in-process)
 * @param forced           started by a forced fire
 * @param started          when it started
 * @param cancelRequested  when cancellation was requested, if it was
 * @param ended            when it ended, if it did within the recording
 * @param state            its last state: RUNNING, CANCEL_REQUESTED, COMPLETED, CANCELED, FAILED, TERMINATED
 * @param reason           the cancellation reason it was given, or null
 * @param endDetail        why it ended when that is more than its state (terminate cause, exception class), or null
 * @param progress         the last progress it reported, or -1
 */
public record InstanceSpan(UUID instanceId, String packageName, UUID registrationId, String registrationName, int number,
                           String hostId, String entryPoint, boolean forced, Instant started,
                           Optional<Instant> cancelRequested, Optional<Instant> ended, String state, String reason,
                           String endDetail, int progress) {

    /** {@code Name#N}, as the GUI and scenario steps name it. */
    public String label() {
        return registrationName + "#" + number;
    }

    InstanceSpan withCancelRequested(Instant at, String why) {
        return new InstanceSpan(instanceId, packageName, registrationId, registrationName, number, hostId, entryPoint, forced,
                started, Optional.of(at), ended, "CANCEL_REQUESTED", why, endDetail, progress);
    }

    InstanceSpan withEnd(Instant at, String endState, String why, String detail) {
        return new InstanceSpan(instanceId, packageName, registrationId, registrationName, number, hostId, entryPoint, forced,
                started, cancelRequested, Optional.of(at), endState, why == null ? reason : why, detail, progress);
    }

    InstanceSpan withProgress(int p) {
        return new InstanceSpan(instanceId, packageName, registrationId, registrationName, number, hostId, entryPoint, forced,
                started, cancelRequested, ended, state, reason, endDetail, p);
    }
}

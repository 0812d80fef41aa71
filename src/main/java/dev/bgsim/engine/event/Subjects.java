package dev.bgsim.engine.event;

import java.util.UUID;

/**
 * Who an event is about. Any field may be null when it does not apply.
 *
 * @param packageName      package identity name
 * @param registrationId   task id of the registration
 * @param registrationName registration name (not unique)
 * @param instanceId       instance id
 * @param instanceNumber   1-based number of the instance within its registration (0 when none)
 * @param hostId           the host the instance runs in
 */
public record Subjects(String packageName, UUID registrationId, String registrationName,
                       UUID instanceId, int instanceNumber, String hostId) {
    public static final Subjects NONE = new Subjects(null, null, null, null, 0, null);

    public static Subjects ofPackage(String packageName) {
        return new Subjects(packageName, null, null, null, 0, null);
    }

    public Subjects withHost(String host) {
        return new Subjects(packageName, registrationId, registrationName, instanceId, instanceNumber, host);
    }
}

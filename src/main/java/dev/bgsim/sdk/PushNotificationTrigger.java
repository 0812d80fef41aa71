package dev.bgsim.sdk;

import java.util.Objects;
import java.util.Optional;

/**
 * Runs the task when a raw push notification arrives (WinRT {@code PushNotificationTrigger});
 * manifest task type {@code pushNotification}. Trigger details: the notification's content, a
 * {@link String} (the payload the user or scenario sends when firing it).
 *
 * <p>A critical trigger: its tasks get a guaranteed CPU quota. In bgsim the notification is sent
 * by firing the trigger by hand or from a scenario, with a payload.
 */
public final class PushNotificationTrigger extends BackgroundTrigger {

    private final String applicationId;

    /** Creates a trigger for the package's own application. */
    public PushNotificationTrigger() {
        this.applicationId = null;
    }

    /**
     * Creates a trigger for another application of the same package.
     *
     * @param applicationId the application's id (PRAID) in the manifest
     * @throws NullPointerException when {@code applicationId} is null
     */
    public PushNotificationTrigger(String applicationId) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
    }

    /** The application the trigger was created for, empty for the package's own application. */
    public Optional<String> getApplicationId() {
        return Optional.ofNullable(applicationId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PushNotificationTrigger other && Objects.equals(applicationId, other.applicationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(PushNotificationTrigger.class.getName(), applicationId);
    }

    @Override
    public String toString() {
        return applicationId == null ? "PushNotificationTrigger"
                : "PushNotificationTrigger[applicationId=" + applicationId + "]";
    }
}

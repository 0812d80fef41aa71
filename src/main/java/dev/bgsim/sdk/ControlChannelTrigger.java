package dev.bgsim.sdk;

import java.util.Objects;

/**
 * Runs the task for keep-alive and incoming data on a network control channel (WinRT
 * {@code Windows.Networking.Sockets.ControlChannelTrigger}); manifest task type
 * {@code controlChannel}. Trigger details: null.
 *
 * <p>A critical trigger: its tasks get a guaranteed CPU quota. In bgsim there is no network
 * channel; the trigger fires by hand or from a scenario.
 */
public final class ControlChannelTrigger extends BackgroundTrigger {

    /** The keep-alive interval when none is given: 15 minutes, the smallest WinRT accepts. */
    public static final int DEFAULT_KEEP_ALIVE_MINUTES = 15;

    private final String channelId;
    private final int serverKeepAliveIntervalInMinutes;

    /**
     * Creates the trigger with the default keep-alive interval.
     *
     * @param channelId the channel's id
     * @throws NullPointerException when {@code channelId} is null
     */
    public ControlChannelTrigger(String channelId) {
        this(channelId, DEFAULT_KEEP_ALIVE_MINUTES);
    }

    /**
     * Creates the trigger.
     *
     * @param channelId the channel's id
     * @param serverKeepAliveIntervalInMinutes how often the server expects a keep-alive
     * @throws NullPointerException when {@code channelId} is null
     */
    public ControlChannelTrigger(String channelId, int serverKeepAliveIntervalInMinutes) {
        this.channelId = Objects.requireNonNull(channelId, "channelId");
        this.serverKeepAliveIntervalInMinutes = serverKeepAliveIntervalInMinutes;
    }

    /** The channel's id (WinRT {@code ControlChannelTriggerId}). */
    public String getControlChannelTriggerId() {
        return channelId;
    }

    /** How often the server expects a keep-alive, in minutes. */
    public int getServerKeepAliveIntervalInMinutes() {
        return serverKeepAliveIntervalInMinutes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControlChannelTrigger other && channelId.equals(other.channelId)
                && serverKeepAliveIntervalInMinutes == other.serverKeepAliveIntervalInMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ControlChannelTrigger.class.getName(), channelId, serverKeepAliveIntervalInMinutes);
    }

    @Override
    public String toString() {
        return "ControlChannelTrigger[" + channelId + ", keepAlive=" + serverKeepAliveIntervalInMinutes + " min]";
    }
}

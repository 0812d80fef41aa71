package dev.bgsim.ui.timeline;

/** What a lane shows; lanes of the same kind are grouped together on screen. */
public enum LaneKind {
    APP_STATE("app", false),
    DEVICE_POWER("power", false),
    DEVICE_SAVER("saver", false),
    DEVICE_NETWORK("network", false),
    DEVICE_MEMORY("memory", false),
    HOST("host", true),
    REGISTRATION("task", true);

    private final String shortName;
    private final boolean holdsBars;

    LaneKind(String shortName, boolean holdsBars) {
        this.shortName = shortName;
        this.holdsBars = holdsBars;
    }

    /** A word for the lane header ("host", "task"). */
    public String shortName() {
        return shortName;
    }

    /** Whether the lane is laid out in rows of instance bars, rather than one band of state spans. */
    public boolean holdsBars() {
        return holdsBars;
    }
}

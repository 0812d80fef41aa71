package dev.bgsim.ui.timeline;

/** What a lane shows; lanes of the same kind are grouped together on screen. */
public enum LaneKind {
    APP_STATE("app", false),
    DEVICE_POWER("power", false),
    DEVICE_SAVER("saver", false),
    DEVICE_NETWORK("network", false),
    DEVICE_MEMORY("memory", false),
    HOST("host", false),
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

    /**
     * Whether lanes of this kind are always laid out in rows of instance bars (with a strip for
     * marks), rather than as one band of state spans. A lane of another kind switches to rows once
     * a bar is added to it (a host lane showing the instances it runs).
     */
    public boolean holdsBars() {
        return holdsBars;
    }
}

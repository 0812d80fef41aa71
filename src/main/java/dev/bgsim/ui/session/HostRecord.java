package dev.bgsim.ui.session;

/** A task host (or the app process) as the GUI knows it. FX thread only. */
public final class HostRecord {
    final String id;
    final String packageName;
    final String kind;
    final String placement;
    boolean suspended;
    boolean dead;
    String why;
    long heapUsedBytes = -1;
    long heapMaxBytes;

    HostRecord(String id, String packageName, String kind, String placement) {
        this.id = id;
        this.packageName = packageName;
        this.kind = kind;
        this.placement = placement;
    }

    public String id() { return id; }

    public String packageName() { return packageName; }

    public String kind() { return kind; }

    public String placement() { return placement; }

    public boolean suspended() { return suspended; }

    public boolean dead() { return dead; }

    /** Heap in use at its last sample (child-JVM hosts report it), or -1 when none came. */
    public long heapUsedBytes() { return heapUsedBytes; }

    /** Its heap cap ({@code -Xmx}: the profile's memory quota on a phone), with {@link #heapUsedBytes}. */
    public long heapMaxBytes() { return heapMaxBytes; }

    /** Why it stopped or crashed, or null. */
    public String why() { return why; }

    /** One word for the list: running, suspended, stopped. */
    public String status() {
        return dead ? "stopped" : suspended ? "suspended" : "running";
    }
}

package dev.bgsim.host.protocol;

/**
 * Every field a frame may carry, with its wire name and shape. Message types list which of these
 * they require ({@link MessageType}). Times in simulated time are epoch nanoseconds
 * ({@code Instant} as one {@code long}); durations are nanoseconds.
 */
public enum Field {
    INSTANCE_ID("instanceId", FieldKind.STRING),
    TASK_ID("taskId", FieldKind.STRING),
    TASK_NAME("taskName", FieldKind.STRING),
    /** Which class loader the instance's code goes in: instances of one package share it. */
    PACKAGE_ID("packageId", FieldKind.STRING),
    ENTRY_POINT("entryPoint", FieldKind.STRING),
    CODE_JARS("codeJars", FieldKind.STRING_LIST),
    /** Which SDK type the trigger details become: see {@code TriggerDetailsCodec}. */
    DETAILS_KIND("detailsKind", FieldKind.STRING),
    DETAILS("details", FieldKind.ANY),
    SETTINGS("settings", FieldKind.OBJECT),
    STATUS("status", FieldKind.OBJECT),
    SIM_NANOS("simNanos", FieldKind.INTEGER),
    /** Simulated seconds per real second; 0 while simulated time stands still. */
    RATE("rate", FieldKind.NUMBER),
    REASON("reason", FieldKind.STRING),
    SLEEP_ID("sleepId", FieldKind.INTEGER),
    TIMER_ID("timerId", FieldKind.INTEGER),
    DELAY_NANOS("delayNanos", FieldKind.INTEGER),
    PERIODIC("periodic", FieldKind.BOOLEAN),
    /** The thread is one the host started for a piece of task code (run, timer callback, listener). */
    TRACKED("tracked", FieldKind.BOOLEAN),
    KEY("key", FieldKind.STRING),
    VALUE("value", FieldKind.ANY),
    REMOVED("removed", FieldKind.BOOLEAN),
    COUNT("count", FieldKind.INTEGER),
    SEQ("seq", FieldKind.INTEGER),
    /** Epoch milliseconds of the wall clock when the child's main was entered. */
    MAIN_MILLIS("mainMillis", FieldKind.INTEGER),
    /** Epoch milliseconds of the wall clock when the child was ready for work. */
    READY_MILLIS("readyMillis", FieldKind.INTEGER),
    JAVA_VERSION("javaVersion", FieldKind.STRING),
    CLASS_NAME("className", FieldKind.STRING),
    MESSAGE("message", FieldKind.STRING),
    STACK("stack", FieldKind.STRING),
    THREAD_NAME("threadName", FieldKind.STRING),
    DEFERRAL_ID("deferralId", FieldKind.INTEGER),
    /** True when this deferral was already completed: the second {@code complete()} is harmless but reported. */
    AGAIN("again", FieldKind.BOOLEAN),
    PROGRESS("progress", FieldKind.INTEGER),
    /** toast, tile, badge or clearBadge. */
    NOTIFICATION_KIND("kind", FieldKind.STRING),
    TITLE("title", FieldKind.STRING),
    TEXT("text", FieldKind.STRING),
    LINES("lines", FieldKind.STRING_LIST),
    BADGE("badge", FieldKind.INTEGER),
    /** stdout, stderr or logger. */
    STREAM("stream", FieldKind.STRING),
    LEVEL("level", FieldKind.STRING),
    DROPPED_BYTES("droppedBytes", FieldKind.INTEGER),
    CPU_NANOS("cpuNanos", FieldKind.INTEGER),
    HEAP_USED("heapUsed", FieldKind.INTEGER),
    HEAP_MAX("heapMax", FieldKind.INTEGER),
    THREADS("threads", FieldKind.INTEGER),
    PAUSED("paused", FieldKind.BOOLEAN),
    /**
     * START_INSTANCE, optional: the entry point names the package's {@code dev.bgsim.sdk.App}
     * class and the activation is an in-process one ({@code onBackgroundActivated}) of a package
     * set to run isolated; this host is the app's process.
     */
    APP_ACTIVATION("appActivation", FieldKind.BOOLEAN);

    private final String wireName;
    private final FieldKind kind;

    Field(String wireName, FieldKind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    /** The JSON key. */
    public String wireName() {
        return wireName;
    }

    /** The shape the value must have. */
    public FieldKind kind() {
        return kind;
    }
}

package dev.bgsim.host.protocol;

import static dev.bgsim.host.protocol.Field.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every message of the host protocol, with its direction and the fields it requires and allows.
 * This table is the protocol's schema: {@link FrameReader} rejects a frame whose type is not here,
 * that lacks a required field, carries a field not listed, or has a field of the wrong shape.
 */
public enum MessageType {
    // ---- bgsim to the child ----
    /** Run a new instance: load (or reuse) the package's class loader, create the task, call run(). */
    START_INSTANCE(Direction.TO_CHILD, EnumSet.of(INSTANCE_ID, TASK_ID, TASK_NAME, PACKAGE_ID, ENTRY_POINT,
            CODE_JARS, DETAILS_KIND, SETTINGS, STATUS, SIM_NANOS, RATE), EnumSet.of(DETAILS, APP_ACTIVATION)),
    /** Raise the instance's canceled listeners once, with the reason. */
    CANCEL(Direction.TO_CHILD, EnumSet.of(INSTANCE_ID, REASON), EnumSet.noneOf(Field.class)),
    /** A TaskClock sleep is over: the sleeping thread returns. */
    WAKE(Direction.TO_CHILD, EnumSet.of(INSTANCE_ID, SLEEP_ID, SIM_NANOS), EnumSet.noneOf(Field.class)),
    /** A TaskClock timer is due: run its callback on a new thread. */
    TIMER_FIRE(Direction.TO_CHILD, EnumSet.of(INSTANCE_ID, TIMER_ID, SIM_NANOS), EnumSet.noneOf(Field.class)),
    /** The simulated clock: its value now and how fast it moves, so TaskClock.now() needs no round trip. */
    CLOCK(Direction.TO_CHILD, EnumSet.of(SIM_NANOS, RATE), EnumSet.noneOf(Field.class)),
    /** A new device-status snapshot (what SystemStatus answers). */
    STATUS_UPDATE(Direction.TO_CHILD, EnumSet.of(STATUS), EnumSet.noneOf(Field.class)),
    /** A local setting changed elsewhere (the app, another host): update the cache. */
    SETTINGS_CHANGED(Direction.TO_CHILD, EnumSet.of(PACKAGE_ID, KEY, REMOVED), EnumSet.of(VALUE)),
    /** The instance's host was suspended and resumed: its new getSuspendedCount(). */
    SUSPENDED_COUNT(Direction.TO_CHILD, EnumSet.of(INSTANCE_ID, COUNT), EnumSet.noneOf(Field.class)),
    /** Cooperative pause where signals are missing: SDK calls block until {@link #RESUME}. */
    PAUSE(Direction.TO_CHILD, EnumSet.noneOf(Field.class), EnumSet.noneOf(Field.class)),
    /** Ends a cooperative pause. */
    RESUME(Direction.TO_CHILD, EnumSet.noneOf(Field.class), EnumSet.noneOf(Field.class)),
    /** Exit now, whatever runs. */
    SHUTDOWN(Direction.TO_CHILD, EnumSet.noneOf(Field.class), EnumSet.noneOf(Field.class)),
    /** Answer with {@link #PONG} and the same sequence number. */
    PING(Direction.TO_CHILD, EnumSet.of(SEQ), EnumSet.noneOf(Field.class)),

    // ---- the child to bgsim ----
    /** The host is up and reads frames; timings let bgsim measure start-up. */
    READY(Direction.TO_PARENT, EnumSet.of(MAIN_MILLIS, READY_MILLIS, JAVA_VERSION), EnumSet.noneOf(Field.class)),
    /** The instance could not start: class missing, not a BackgroundTask, constructor threw. */
    START_FAILED(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, MESSAGE), EnumSet.of(CLASS_NAME, STACK)),
    RUN_ENTERED(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID), EnumSet.noneOf(Field.class)),
    /** Optionally with the heap in use right after run() returned (a quick task may end between two heartbeats). */
    RUN_RETURNED(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID), EnumSet.of(HEAP_USED, HEAP_MAX)),
    RUN_THREW(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, CLASS_NAME, STACK), EnumSet.of(MESSAGE)),
    DEFERRAL_TAKEN(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, DEFERRAL_ID, STACK), EnumSet.noneOf(Field.class)),
    DEFERRAL_COMPLETED(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, DEFERRAL_ID, AGAIN), EnumSet.noneOf(Field.class)),
    PROGRESS(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, Field.PROGRESS), EnumSet.noneOf(Field.class)),
    /** A thread parks in TaskClock.sleep until bgsim sends {@link #WAKE} with the same sleep id. */
    SLEEP(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, SLEEP_ID, DELAY_NANOS, TRACKED, THREAD_NAME), EnumSet.noneOf(Field.class)),
    TIMER_CREATE(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, TIMER_ID, DELAY_NANOS, PERIODIC), EnumSet.noneOf(Field.class)),
    TIMER_CANCEL(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, TIMER_ID), EnumSet.noneOf(Field.class)),
    /** A timer callback returned (or threw: see {@link #THREAD_DIED}). */
    TIMER_CALLBACK_DONE(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, TIMER_ID), EnumSet.noneOf(Field.class)),
    SETTING_PUT(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, KEY), EnumSet.of(VALUE)),
    SETTING_REMOVE(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, KEY), EnumSet.noneOf(Field.class)),
    NOTIFICATION(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, NOTIFICATION_KIND), EnumSet.of(TITLE, TEXT, LINES, BADGE)),
    /** Text a task printed or logged; no instance id when the printing thread belongs to none. */
    OUTPUT(Direction.TO_PARENT, EnumSet.of(STREAM, TEXT), EnumSet.of(INSTANCE_ID, LEVEL)),
    /** Output went past the cap; what followed was dropped (counted). */
    OUTPUT_DROPPED(Direction.TO_PARENT, EnumSet.of(DROPPED_BYTES), EnumSet.of(INSTANCE_ID)),
    /** A thread other than run()'s died with an exception. */
    THREAD_DIED(Direction.TO_PARENT, EnumSet.of(THREAD_NAME, CLASS_NAME, STACK), EnumSet.of(INSTANCE_ID, MESSAGE)),
    /** Every canceled listener of the instance has returned. */
    CANCELED_DONE(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID), EnumSet.noneOf(Field.class)),
    /** The instance's number of canceled listeners changed (bgsim reports it when it cancels). */
    CANCELED_LISTENERS(Direction.TO_PARENT, EnumSet.of(INSTANCE_ID, COUNT), EnumSet.noneOf(Field.class)),
    /** System.exit was called: who called it (the exit code arrives with the process exit). */
    EXITING(Direction.TO_PARENT, EnumSet.of(THREAD_NAME, STACK), EnumSet.of(INSTANCE_ID)),
    /** Sent on a fixed real-time period; silence means the host is frozen or stuck. */
    HEARTBEAT(Direction.TO_PARENT, EnumSet.of(CPU_NANOS, HEAP_USED, HEAP_MAX, THREADS, PAUSED), EnumSet.noneOf(Field.class)),
    PONG(Direction.TO_PARENT, EnumSet.of(SEQ), EnumSet.noneOf(Field.class));

    private final Direction direction;
    private final Set<Field> required;
    private final Set<Field> optional;

    MessageType(Direction direction, Set<Field> required, Set<Field> optional) {
        this.direction = direction;
        this.required = required;
        this.optional = optional;
    }

    /** Which way this message travels. */
    public Direction direction() {
        return direction;
    }

    /** Fields every frame of this type must carry. */
    public Set<Field> required() {
        return java.util.Collections.unmodifiableSet(required);
    }

    /** Whether a frame of this type may carry {@code field}. */
    public boolean allows(Field field) {
        return required.contains(field) || optional.contains(field);
    }

    /** The value of the {@code type} key on the wire. */
    public String wireName() {
        return name();
    }
}

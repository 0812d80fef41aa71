package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.sdk.TaskClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link TaskClock} for one instance in a host. A sleep parks the calling thread until bgsim sends
 * WAKE (never {@code Thread.sleep}: only bgsim knows simulated time); a timer is registered with
 * bgsim, and its callback runs on a new host thread when bgsim sends TIMER_FIRE. Task threads call
 * in; the reader thread calls {@link #wake} and {@link #fire}.
 */
final class HostTaskClock implements TaskClock {
    private final HostInstance instance;
    private final HostServices services;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, CountDownLatch> sleepers = new ConcurrentHashMap<>();
    private final Map<Long, HostTimer> timers = new ConcurrentHashMap<>();

    HostTaskClock(HostInstance instance, HostServices services) {
        this.instance = instance;
        this.services = services;
    }

    @Override
    public Instant now() {
        return services.simTime().now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("TaskClock.sleep needs a duration of zero or more, got " + duration);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before TaskClock.sleep");
        }
        long id = nextId.getAndIncrement();
        CountDownLatch woken = new CountDownLatch(1);
        sleepers.put(id, woken);
        try {
            services.channel().sendFromTask(Message.of(MessageType.SLEEP).with(Field.INSTANCE_ID, instance.id())
                    .with(Field.SLEEP_ID, id).with(Field.DELAY_NANOS, saturatedNanos(duration))
                    .with(Field.TRACKED, services.attribution().isHostStarted())
                    .with(Field.THREAD_NAME, Thread.currentThread().getName()).build());
            woken.await();
        } finally {
            sleepers.remove(id);
        }
        services.channel().awaitNotPaused();
    }

    @Override
    public Timer createTimer(Runnable action, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("TaskClock.createTimer needs a delay of zero or more, got " + delay);
        }
        return arm(action, delay, false);
    }

    @Override
    public Timer createPeriodicTimer(Runnable action, Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("TaskClock.createPeriodicTimer needs a positive period, got " + period);
        }
        return arm(action, period, true);
    }

    private Timer arm(Runnable action, Duration delay, boolean periodic) {
        java.util.Objects.requireNonNull(action, "action");
        long id = nextId.getAndIncrement();
        HostTimer timer = new HostTimer(id, action, periodic);
        timers.put(id, timer);
        services.channel().sendFromTask(Message.of(MessageType.TIMER_CREATE).with(Field.INSTANCE_ID, instance.id())
                .with(Field.TIMER_ID, id).with(Field.DELAY_NANOS, saturatedNanos(delay))
                .with(Field.PERIODIC, periodic).build());
        return timer;
    }

    /** Reader thread. Wakes the thread sleeping under {@code sleepId}; a stale id (the sleeper was interrupted) is ignored. */
    void wake(long sleepId) {
        CountDownLatch latch = sleepers.get(sleepId);
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Reader thread. Runs the timer's callback on a new host thread; a cancelled or unknown timer is ignored. */
    void fire(long timerId) {
        HostTimer timer = timers.get(timerId);
        if (timer == null || timer.cancelled.get()) {
            return;
        }
        if (!timer.periodic) {
            timers.remove(timerId);
        }
        instance.startPiece("bgsim-timer-" + timerId + "-" + instance.shortId(), timer.action, new Runnable() {
            @Override
            public void run() {
                services.channel().send(Message.of(MessageType.TIMER_CALLBACK_DONE).with(Field.INSTANCE_ID, instance.id())
                        .with(Field.TIMER_ID, timerId).build());
            }
        });
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A timer: the handle the task holds and the entry the clock keeps until it is cancelled or fired. */
    private final class HostTimer implements Timer {
        private final long id;
        private final Runnable action;
        private final boolean periodic;
        private final AtomicBoolean cancelled = new AtomicBoolean();

        HostTimer(long id, Runnable action, boolean periodic) {
            this.id = id;
            this.action = action;
            this.periodic = periodic;
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                timers.remove(id);
                services.channel().sendFromTask(Message.of(MessageType.TIMER_CANCEL)
                        .with(Field.INSTANCE_ID, instance.id()).with(Field.TIMER_ID, id).build());
            }
        }
    }
}

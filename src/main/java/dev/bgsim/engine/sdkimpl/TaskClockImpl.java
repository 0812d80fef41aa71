package dev.bgsim.engine.sdkimpl;

import dev.bgsim.engine.host.CodeOwner;
import dev.bgsim.engine.host.FreezeGate;
import dev.bgsim.engine.host.OwnerTerminatedError;
import dev.bgsim.engine.host.ThreadContext;
import dev.bgsim.engine.host.TimerHandle;
import dev.bgsim.sdk.TaskClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * TaskClock on simulated time. sleep parks the calling thread (never Thread.sleep on real time)
 * and the engine wakes it under the lockstep baton when the simulated instant is due. Called on
 * task or app threads.
 */
public final class TaskClockImpl implements TaskClock {
    private final CodeOwner owner;
    private final SdkServices sdk;
    private final FreezeGate gate;

    public TaskClockImpl(CodeOwner owner, SdkServices sdk, FreezeGate gate) {
        this.owner = owner;
        this.sdk = sdk;
        this.gate = gate;
    }

    @Override
    public Instant now() {
        gate.await();
        return sdk.clock().now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Objects.requireNonNull(duration, "duration");
        checkLive();
        gate.await();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        ThreadContext ctx = sdk.threads().current();
        if (ctx != null && ctx.owner() == owner) {
            sdk.port().post(() -> sdk.clockService().sleep(ctx, duration));
            ctx.park();
        } else {
            Semaphore parker = new Semaphore(0);
            sdk.port().post(() -> sdk.clockService().sleepUntracked(owner, parker, duration));
            parker.acquire();
        }
        checkLive();
        gate.await();
    }

    @Override
    public Timer createTimer(Runnable action, Duration delay) {
        return arm(action, delay, false);
    }

    @Override
    public Timer createPeriodicTimer(Runnable action, Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        return arm(action, period, true);
    }

    private Timer arm(Runnable action, Duration delay, boolean periodic) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(delay, "delay");
        checkLive();
        gate.await();
        TimerHandle t = new TimerHandle(sdk.port());
        Duration d = delay.isNegative() ? Duration.ZERO : delay;
        sdk.port().post(() -> sdk.clockService().arm(owner, t, action, d, periodic));
        return t;
    }

    private void checkLive() {
        if (!owner.isLive()) {
            throw new OwnerTerminatedError(owner.label());
        }
    }
}

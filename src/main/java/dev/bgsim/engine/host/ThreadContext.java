package dev.bgsim.engine.host;

import java.util.concurrent.Semaphore;

/**
 * The engine's handle on one task or app thread: which lockstep piece it currently runs under,
 * and the parker it blocks on in {@code TaskClock.sleep} (a permit semaphore, so a wake that
 * arrives before the park is not lost).
 */
public final class ThreadContext {
    private final CodeOwner owner;
    private final Semaphore parker = new Semaphore(0);
    private volatile long pieceId;

    public ThreadContext(CodeOwner owner, long pieceId) {
        this.owner = owner;
        this.pieceId = pieceId;
    }

    public CodeOwner owner() {
        return owner;
    }

    public long pieceId() {
        return pieceId;
    }

    /** Engine thread only. The thread continues under a new piece (a wake). */
    public void continueAs(long piece) {
        this.pieceId = piece;
    }

    /** Task thread. Blocks until woken; interruptible. */
    public void park() throws InterruptedException {
        parker.acquire();
    }

    /** Engine thread. Wakes the parked thread. */
    public void unpark() {
        parker.release();
    }
}

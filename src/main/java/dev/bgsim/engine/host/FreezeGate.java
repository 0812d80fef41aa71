package dev.bgsim.engine.host;

/**
 * Cooperative freeze for in-JVM suspension: while frozen, SDK calls from the owner's threads
 * block (TaskClock, progress, deferrals...). Thread-safe.
 */
public final class FreezeGate {
    private boolean frozen;

    public synchronized void freeze() {
        frozen = true;
    }

    public synchronized void thaw() {
        frozen = false;
        notifyAll();
    }

    public synchronized boolean isFrozen() {
        return frozen;
    }

    /** Task thread. Blocks while frozen. */
    public synchronized void await() {
        while (frozen) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

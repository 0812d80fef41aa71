package dev.bgsim.host.child;

import dev.bgsim.host.protocol.FrameTooLargeException;
import dev.bgsim.host.protocol.FrameWriter;
import dev.bgsim.host.protocol.HostExitCodes;
import dev.bgsim.host.protocol.Message;
import java.io.IOException;

/**
 * The child's way to bgsim: frames on the real stdout, plus the cooperative pause gate. Task
 * threads send through {@link #sendFromTask}, which waits while the host is paused; the host's
 * own threads (reader, heartbeat) use {@link #send}. Thread-safe.
 */
final class HostChannel {
    private final FrameWriter writer;
    private final Object pauseLock = new Object();
    private boolean paused;

    HostChannel(FrameWriter writer) {
        this.writer = writer;
    }

    /**
     * Sends a frame. When the channel is broken bgsim is gone, and a host without bgsim must not
     * live on: it halts.
     *
     * @throws FrameTooLargeException when the message does not fit a frame (the caller's input was too large)
     */
    void send(Message message) {
        try {
            writer.write(message);
        } catch (FrameTooLargeException e) {
            throw e;
        } catch (IOException e) {
            Runtime.getRuntime().halt(HostExitCodes.CHANNEL_BROKEN);
        }
    }

    /** Sends a frame for task code: first waits while the host is paused (cooperative freeze). */
    void sendFromTask(Message message) {
        awaitNotPaused();
        send(message);
    }

    /** Blocks the calling task thread while the host is paused. */
    void awaitNotPaused() {
        synchronized (pauseLock) {
            boolean interrupted = false;
            while (paused) {
                try {
                    pauseLock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void setPaused(boolean value) {
        synchronized (pauseLock) {
            paused = value;
            pauseLock.notifyAll();
        }
    }

    boolean isPaused() {
        synchronized (pauseLock) {
            return paused;
        }
    }
}

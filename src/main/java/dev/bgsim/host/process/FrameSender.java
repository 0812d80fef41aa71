package dev.bgsim.host.process;

import dev.bgsim.host.protocol.Direction;
import dev.bgsim.host.protocol.FrameWriter;
import dev.bgsim.host.protocol.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Writes frames to a host's stdin on a thread of its own, so that {@link #send} never blocks the
 * caller (the engine thread) even when the host is frozen and its pipe is full. Frames are encoded
 * on the caller's thread, so an oversized one fails there, at once.
 */
final class FrameSender implements Runnable {
    private static final byte[] CLOSE = new byte[0];

    private final OutputStream stdin;
    private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    FrameSender(OutputStream stdin, String threadName) {
        this.stdin = stdin;
        this.thread = new Thread(this, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues {@code message}; returns false when the channel is closed (the host is gone or going).
     *
     * @throws dev.bgsim.host.protocol.FrameTooLargeException when the message does not fit a frame
     */
    boolean send(Message message) {
        if (message.type().direction() != Direction.TO_CHILD) {
            throw new IllegalArgumentException(message.type() + " is sent by hosts, not to them");
        }
        byte[] frame = FrameWriter.toFrame(message);
        if (closed) {
            return false;
        }
        queue.add(frame);
        return true;
    }

    /** Closes stdin after the frames already queued: a host whose stdin closes exits. */
    void close() {
        closed = true;
        queue.add(CLOSE);
    }

    @Override
    public void run() {
        try {
            while (true) {
                byte[] frame = queue.take();
                if (frame == CLOSE) {
                    break;
                }
                stdin.write(frame);
                // Flush only when nothing else is queued: a burst goes out in one write.
                if (queue.isEmpty()) {
                    stdin.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // The host is gone (broken pipe) or bgsim is closing: the reader reports the exit.
        } finally {
            closed = true;
            try {
                stdin.close();
            } catch (IOException e) {
                // Closing a dead pipe: nothing left to tell.
            }
        }
    }
}

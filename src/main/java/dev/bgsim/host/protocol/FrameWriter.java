package dev.bgsim.host.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes messages as frames to one stream and flushes each, so a frame is on its way as soon as
 * {@link #write} returns. Thread-safe: any number of threads may write; frames never interleave.
 */
public final class FrameWriter {
    private final OutputStream out;
    private final Direction direction;

    /**
     * @param out       the channel (the child's real stdout, or the child process's stdin)
     * @param direction the direction every message written here must have
     */
    public FrameWriter(OutputStream out, Direction direction) {
        this.out = Objects.requireNonNull(out, "out");
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    /**
     * Sends one message.
     *
     * @throws FrameTooLargeException when the encoded body is over {@link FrameFormat#MAX_BODY_BYTES}
     * @throws IOException            when the channel is closed (the other side has gone)
     */
    public void write(Message message) throws IOException {
        if (message.type().direction() != direction) {
            throw new IllegalArgumentException(message.type() + " travels " + message.type().direction()
                    + ", but this writer sends " + direction);
        }
        byte[] frame = toFrame(message);
        synchronized (this) {
            out.write(frame);
            out.flush();
        }
    }

    /**
     * The whole frame (marker, length, body) for {@code message}, for callers that queue frames
     * and write them elsewhere.
     *
     * @throws FrameTooLargeException when the encoded body is over {@link FrameFormat#MAX_BODY_BYTES}
     */
    public static byte[] toFrame(Message message) {
        byte[] body = encode(message);
        byte[] frame = new byte[FrameFormat.HEADER_BYTES + body.length];
        frame[0] = (byte) FrameFormat.MARKER;
        frame[1] = (byte) (body.length >>> 24);
        frame[2] = (byte) (body.length >>> 16);
        frame[3] = (byte) (body.length >>> 8);
        frame[4] = (byte) body.length;
        System.arraycopy(body, 0, frame, FrameFormat.HEADER_BYTES, body.length);
        return frame;
    }

    /** The UTF-8 body of {@code message}, checked against the size cap. */
    public static byte[] encode(Message message) {
        byte[] body = JsonWriter.write(message.wireFields()).getBytes(StandardCharsets.UTF_8);
        if (body.length > FrameFormat.MAX_BODY_BYTES) {
            throw new FrameTooLargeException(message.type() + " frame would be " + body.length
                    + " bytes; the host channel carries at most " + FrameFormat.MAX_BODY_BYTES
                    + " bytes per frame: send less (a smaller setting value, shorter text)");
        }
        return body;
    }

    /** Closes the channel; the reader on the other side sees the end of the stream. */
    public void close() throws IOException {
        synchronized (this) {
            out.close();
        }
    }
}

package dev.bgsim.host.protocol;

/**
 * The frame layout: one marker byte {@code 0xBF}, a 4-byte big-endian body length, then the body:
 * a UTF-8 JSON object with a {@code "type"} key and the message's fields. The marker is not ASCII,
 * so text written to the real stdout by mistake is caught at its first byte.
 */
public final class FrameFormat {
    /** First byte of every frame. */
    public static final int MARKER = 0xBF;
    /** Largest body accepted or sent: 1 MiB. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** Marker plus length. */
    public static final int HEADER_BYTES = 5;

    private FrameFormat() {
    }
}

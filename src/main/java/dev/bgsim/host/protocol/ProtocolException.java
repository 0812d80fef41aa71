package dev.bgsim.host.protocol;

/**
 * A frame broke the host protocol: unknown type, missing or mistyped field, bad JSON, oversized,
 * or bytes where a frame should start. The message says what was wrong in words a user can act
 * on; the side that reads it ends that host (never bgsim).
 */
public final class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A violation described by {@code message}. */
    public ProtocolException(String message) {
        super(message);
    }

    /** A violation described by {@code message}, caused by {@code cause}. */
    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}

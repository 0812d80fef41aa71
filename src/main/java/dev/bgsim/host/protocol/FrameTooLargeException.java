package dev.bgsim.host.protocol;

/** A message too large for one frame was about to be sent; nothing was written. */
public final class FrameTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Says how large the frame would have been and what the cap is. */
    public FrameTooLargeException(String message) {
        super(message);
    }
}

package dev.bgsim.pkg.json;

/** The text is not well-formed JSON; {@link #position()} is where the parser stopped. */
public final class JsonSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient JsonPosition position;

    public JsonSyntaxException(String message, JsonPosition position, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    /** Where the parser failed. */
    public JsonPosition position() {
        return position;
    }
}

package dev.bgsim.engine.instance;

/**
 * What task code in a child-JVM host threw, as the host reported it: the class, message and stack
 * arrive as text (the exception object stays in the host). {@link #toString()} reads like the
 * original's.
 */
public final class RemoteTaskFailure extends RuntimeException {
    private final String className;
    private final String remoteStack;

    RemoteTaskFailure(String className, String message, String remoteStack) {
        super(message, null, false, false);
        this.className = className;
        this.remoteStack = remoteStack;
    }

    /** The class of the exception in the host, e.g. {@code java.awt.HeadlessException}. */
    public String className() {
        return className;
    }

    /** The stack trace as the host printed it. */
    public String remoteStack() {
        return remoteStack;
    }

    @Override
    public String toString() {
        return getMessage() == null ? className : className + ": " + getMessage();
    }
}

package dev.bgsim.host.protocol;

/** Which way a message travels. A frame that arrives going the wrong way is a protocol violation. */
public enum Direction {
    /** bgsim to the child host (the child's stdin). */
    TO_CHILD,
    /** The child host to bgsim (the child's real stdout). */
    TO_PARENT
}

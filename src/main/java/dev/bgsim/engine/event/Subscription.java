package dev.bgsim.engine.event;

/** A live subscription; close it to stop delivery and end its delivery thread. */
public interface Subscription extends AutoCloseable {
    /** Events queued for this subscriber but not yet delivered. */
    int backlog();

    @Override
    void close();
}

package dev.bgsim.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Fans the ordered event stream out to subscribers without ever slowing the engine.
 *
 * <p>Each subscriber has an unbounded queue and a daemon drain thread; {@link #publish} only
 * appends to queues. The whole history is kept so that a late subscriber may ask for a replay
 * from the start (the stream is the recording). A subscriber that throws is reported to the
 * error sink and keeps receiving.
 */
public final class EventBus implements AutoCloseable {
    private final List<SubscriberLane> lanes = new CopyOnWriteArrayList<>();
    private final List<EngineEvent> history = new ArrayList<>();
    private final Consumer<Throwable> errorSink;
    private final AtomicInteger laneNumber = new AtomicInteger();

    public EventBus(Consumer<Throwable> errorSink) {
        this.errorSink = errorSink;
    }

    /** Engine thread only. Publishes one batch, in order. */
    public void publish(List<EngineEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<EngineEvent> copy = List.copyOf(batch);
        synchronized (history) {
            history.addAll(copy);
            for (SubscriberLane lane : lanes) {
                lane.offer(copy);
            }
        }
    }

    /** Any thread. Subscribes; with {@code replay} the subscriber first receives all history. */
    public Subscription subscribe(EventSubscriber subscriber, boolean replay) {
        SubscriberLane lane = new SubscriberLane(subscriber, "bgsim-events-" + laneNumber.incrementAndGet());
        synchronized (history) {
            if (replay && !history.isEmpty()) {
                lane.offer(List.copyOf(history));
            }
            lanes.add(lane);
        }
        lane.start();
        return lane;
    }

    /** Any thread. A copy of every event published so far. */
    public List<EngineEvent> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    @Override
    public void close() {
        for (SubscriberLane lane : lanes) {
            lane.close();
        }
    }

    private final class SubscriberLane implements Subscription {
        private final EventSubscriber subscriber;
        private final LinkedBlockingQueue<List<EngineEvent>> queue = new LinkedBlockingQueue<>();
        private final AtomicInteger backlog = new AtomicInteger();
        private final Thread thread;
        private volatile boolean closed;

        SubscriberLane(EventSubscriber subscriber, String name) {
            this.subscriber = subscriber;
            this.thread = new Thread(this::drain, name);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void offer(List<EngineEvent> batch) {
            if (!closed) {
                backlog.addAndGet(batch.size());
                queue.add(batch);
            }
        }

        private void drain() {
            while (!closed) {
                try {
                    // close() interrupts: no need to wake up every so often to look at closed.
                    List<EngineEvent> batch = queue.take();
                    try {
                        subscriber.onEvents(batch);
                    } catch (RuntimeException | Error e) {
                        errorSink.accept(e);
                    } finally {
                        backlog.addAndGet(-batch.size());
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        @Override
        public int backlog() {
            return backlog.get();
        }

        @Override
        public void close() {
            closed = true;
            lanes.remove(this);
            thread.interrupt();
        }
    }
}

package dev.bgsim.checker;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subscription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * A {@link GuidelineChecker} attached to a running engine: it subscribes to the event stream
 * (history first, so it may attach late) and keeps every finding. This is the API for the scenario
 * runner ({@link #findingsThrough(long, Duration)}: the findings up to a command's last event) and
 * for the GUI ({@link #addListener}: new findings as they are raised).
 *
 * <p>Thread-safe. The fold runs on the subscription's own delivery thread; listeners are called
 * there, in stream order, and must return quickly (queue the findings, do not wait on the engine).
 * Findings are not published into the engine's stream: the engine has no command for clients to add
 * events, and a derived event placed by a subscriber thread would land at a different position on
 * every run. Close it to stop listening.
 */
public final class EngineChecker implements AutoCloseable {
    private final GuidelineChecker fold;
    private final Object lock = new Object();
    private final List<Finding> findings = new ArrayList<>();
    private final List<FindingListener> listeners = new ArrayList<>();
    private long processedSeq;
    private final Subscription subscription;

    private EngineChecker(Engine engine, GuidelineChecker fold) {
        this.fold = fold;
        this.subscription = engine.subscribe(this::onEvents, true);
    }

    /** Attaches the standard checker to {@code engine}. */
    public static EngineChecker attach(Engine engine) {
        return attach(engine, GuidelineChecker.standard());
    }

    /** Attaches {@code fold} (fresh, fed by nothing else) to {@code engine}. */
    public static EngineChecker attach(Engine engine, GuidelineChecker fold) {
        return new EngineChecker(engine, fold);
    }

    private void onEvents(List<EngineEvent> batch) {
        List<Finding> raised = fold.acceptAll(batch);
        synchronized (lock) {
            findings.addAll(raised);
            processedSeq = Math.max(processedSeq, batch.get(batch.size() - 1).seq());
            if (!raised.isEmpty()) {
                for (FindingListener l : listeners) {
                    l.onFindings(raised);
                }
            }
            lock.notifyAll();
        }
    }

    /** Every finding so far, in stream order. */
    public List<Finding> findings() {
        synchronized (lock) {
            return List.copyOf(findings);
        }
    }

    /** The findings of one rule (id {@code BG103} or name {@code deferral-never-completed}) so far. */
    public List<Finding> findings(String idOrName) {
        Rule rule = RuleCatalogue.standard().get(idOrName);
        return findings().stream().filter(f -> f.rule().id().equals(rule.id())).toList();
    }

    /** The sequence number of the last event folded in. */
    public long processedSeq() {
        synchronized (lock) {
            return processedSeq;
        }
    }

    /**
     * The findings raised by events up to and including {@code seq} (a command result's
     * {@code lastSeq()}), once the checker has folded them in; waits at most {@code timeout}.
     *
     * @throws TimeoutException when the checker has not reached {@code seq} in time
     */
    public List<Finding> findingsThrough(long seq, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (processedSeq < seq) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("the checker folded events up to #" + processedSeq + ", not #" + seq
                            + ", within " + timeout);
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return findings.stream().filter(f -> f.seq() <= seq).toList();
        }
    }

    /**
     * Adds a listener. With {@code replay} it is first told (on the calling thread, before any new
     * finding) the findings raised so far, so it misses nothing and sees nothing twice.
     */
    public void addListener(FindingListener listener, boolean replay) {
        synchronized (lock) {
            if (replay && !findings.isEmpty()) {
                listener.onFindings(List.copyOf(findings));
            }
            listeners.add(listener);
        }
    }

    public void removeListener(FindingListener listener) {
        synchronized (lock) {
            listeners.remove(listener);
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}

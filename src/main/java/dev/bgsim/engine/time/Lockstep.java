package dev.bgsim.engine.time;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lockstep dispatch of task and app code: the "baton". Every piece of task code the engine lets
 * run (run(), a TaskClock timer callback, a wake from TaskClock.sleep, canceled listeners, app
 * callbacks) is queued here; only one holds the baton at a time, in queue order. The engine
 * waits until the holder parks on TaskClock, returns, or runs past the busy threshold of real
 * time; in the last case it is declared "doing real work": its hold stays (time flows with real
 * time) and the baton passes on.
 *
 * <p>The hold is created before the thread is woken, so the engine can never skip ahead of code
 * it has just let run. Engine thread only.
 */
public final class Lockstep {
    /** A piece of code waiting for, or holding, the baton. */
    public interface Piece {
        /** Shown in the hold: "instance 3 of X is running run()". */
        String label();

        /** Label once past the busy threshold. */
        default String realWorkLabel() {
            return label() + " (doing real work)";
        }

        /** False when the owner is gone (terminated): the piece is dropped, not run. */
        boolean isLive();

        /** Engine thread only. Wakes or starts the task thread; called once the hold exists. */
        void start(long pieceId);

        /**
         * Extra real time this piece may take before it counts as real work, until
         * {@link Lockstep#restartThreshold} is called for it: a task starting in a child-JVM host
         * (host start-up, class loading) is not yet running task code.
         */
        default java.time.Duration startAllowance() {
            return java.time.Duration.ZERO;
        }
    }

    private final Holds holds;
    private final Ticker ticker;
    private final long busyThresholdNanos;
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private final Map<Long, Long> holdByPiece = new HashMap<>();
    private long nextPieceId = 1;
    private long currentPiece;
    private long handedAt;
    private long currentAllowance;

    private record Queued(long id, Piece piece) {
    }

    public Lockstep(Holds holds, Ticker ticker, java.time.Duration busyThreshold) {
        this.holds = holds;
        this.ticker = ticker;
        this.busyThresholdNanos = busyThreshold.toNanos();
    }

    /** Engine thread only. Queues a piece; returns its id. */
    public long enqueue(Piece piece) {
        long id = nextPieceId++;
        queue.add(new Queued(id, piece));
        return id;
    }

    /** True while a piece holds the baton (a short burst: simulated time stands still). */
    public boolean batonHeld() {
        return currentPiece != 0;
    }

    /** True when pieces wait for the baton. */
    public boolean hasQueued() {
        return !queue.isEmpty();
    }

    /**
     * Engine thread only. If the baton is free, hands it to the next live piece (creating its
     * hold first). Returns true if a piece was started.
     */
    public boolean dispatchNext() {
        while (currentPiece == 0 && !queue.isEmpty()) {
            Queued q = queue.poll();
            if (!q.piece().isLive()) {
                continue;
            }
            Hold hold = holds.acquire(HoldKind.BATON, q.piece().label());
            holdByPiece.put(q.id(), hold.id());
            currentPiece = q.id();
            handedAt = ticker.nanoTime();
            currentAllowance = q.piece().startAllowance().toNanos();
            labels.put(q.id(), q.piece().realWorkLabel());
            q.piece().start(q.id());
            return true;
        }
        return false;
    }

    private final Map<Long, String> labels = new HashMap<>();
    /** Hold id → ticker time at which its piece was declared real work. */
    private final Map<Long, Long> realWorkSince = new HashMap<>();

    /**
     * Engine thread only. The piece parked on TaskClock, returned, or its owner ended: releases
     * its hold and, if it held the baton, frees the baton. Unknown ids are ignored.
     */
    public void pieceDone(long pieceId) {
        Long hold = holdByPiece.remove(pieceId);
        labels.remove(pieceId);
        if (hold != null) {
            holds.release(hold);
            realWorkSince.remove(hold);
        }
        if (currentPiece == pieceId) {
            currentPiece = 0;
        }
    }

    /** Nanoseconds of real time the current baton holder has left before it counts as real work. */
    public Optional<Long> nanosUntilThreshold() {
        if (currentPiece == 0) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, handedAt + busyThresholdNanos + currentAllowance - ticker.nanoTime()));
    }

    /**
     * Engine thread only. The piece's task code really begins now (e.g. run() was entered in a
     * child host): its busy threshold counts from here, with {@code allowance} instead of its start allowance.
     */
    public void restartThreshold(long pieceId, java.time.Duration allowance) {
        if (currentPiece == pieceId && pieceId != 0) {
            handedAt = ticker.nanoTime();
            currentAllowance = allowance.toNanos();
        }
    }

    /**
     * Engine thread only. If the holder has run past the busy threshold, declares it doing real
     * work (its hold stays, relabelled) and frees the baton. Returns true if it did.
     */
    public boolean checkThreshold() {
        if (currentPiece == 0 || ticker.nanoTime() - handedAt < busyThresholdNanos + currentAllowance) {
            return false;
        }
        Long hold = holdByPiece.get(currentPiece);
        if (hold != null) {
            holds.markRealWork(hold, labels.getOrDefault(currentPiece, "task code doing real work"));
            realWorkSince.put(hold, ticker.nanoTime());
        }
        currentPiece = 0;
        return true;
    }

    /**
     * True while some piece declared real work has been so for less than {@code settle} of real
     * time and still runs: it may be ordinary code that was only slow to be scheduled (a loaded
     * machine), about to park or return. Code busy for longer is taken as truly busy.
     */
    public boolean realWorkJustBegan(java.time.Duration settle) {
        long now = ticker.nanoTime();
        return realWorkSince.values().stream().anyMatch(since -> now - since < settle.toNanos());
    }

    /** True if {@code pieceId} still holds a hold (baton or real work). */
    public boolean isActive(long pieceId) {
        return holdByPiece.containsKey(pieceId);
    }
}

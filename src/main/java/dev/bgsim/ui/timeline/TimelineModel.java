package dev.bgsim.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The timeline's read model: lanes, and on them state spans, instance bars and marks, indexed by
 * simulated time (milliseconds since the session start) so that drawing a window costs what is
 * visible in it, not the length of the history.
 *
 * <p>An adapter folds the engine's event stream into it: {@link #addLane}, {@link #setState},
 * {@link #startBar}, {@link #changeBarState}, {@link #endBar}, {@link #beginDeferral},
 * {@link #addProgress}, {@link #addMark}. Times should come in order, as events do; a bar or mark
 * that starts before earlier ones is still placed correctly, at a higher cost.
 *
 * <p>Threading: the model is confined to the JavaFX application thread. It is changed and read
 * there only (the adapter drains engine events in batches once a pulse, SPEC section 5), and it
 * does no locking. Listeners run synchronously after every change, on the same thread; between
 * {@link #beginBatch()} and {@link #endBatch()} they run once, at the end, if anything changed.
 */
public final class TimelineModel {
    /** The simulated clock's default start (SPEC 3.1). */
    public static final Instant DEFAULT_ORIGIN = Instant.parse("2026-01-01T08:00:00Z");

    private static final Comparator<Lane> LANE_ORDER = Comparator.comparing(Lane::kind)
            .thenComparingInt(Lane::order).thenComparingLong(Lane::sequence);

    private final Map<String, Lane> lanesById = new HashMap<>();
    private final List<Lane> lanes = new ArrayList<>();
    private final Map<String, InstanceBar> barsById = new HashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Instant origin = DEFAULT_ORIGIN;
    private ZoneId zone = ZoneOffset.UTC;
    private long latestTime;
    private long version;
    private int batchDepth;
    private boolean changedInBatch;

    /** Adds a lane; the id must be new (for example "reg:42" or "host:default"). */
    public Lane addLane(String id, LaneKind kind, String label, int order) {
        Objects.requireNonNull(id, "lane id");
        Objects.requireNonNull(kind, "lane kind");
        if (lanesById.containsKey(id)) {
            throw new IllegalArgumentException("lane '" + id + "' exists already: " + lanesById.get(id));
        }
        Lane lane = new Lane(id, kind, label == null ? id : label, order, lanesById.size());
        lanesById.put(id, lane);
        int at = Collections.binarySearch(lanes, lane, LANE_ORDER);
        lanes.add(-at - 1, lane);
        return changed(lane);
    }

    /** The lane with this id, or {@code null}. */
    public Lane lane(String id) {
        return lanesById.get(id);
    }

    /** All lanes in display order: by kind, then order, then insertion. */
    public List<Lane> lanes() {
        return Collections.unmodifiableList(lanes);
    }

    /**
     * Puts a lane into a new state from {@code time} on: the span in force ends there and a new
     * open one begins. Setting the state the lane already has does nothing.
     */
    public StateSpan setState(String laneId, long time, String value, SpanTone tone) {
        Lane lane = requireLane(laneId);
        StateSpan current = lane.currentSpan();
        if (current != null && current.value().equals(value) && current.tone() == tone) {
            return current;
        }
        if (current != null) {
            lane.spans.setEnd(current, checkNotBefore(time, current.start(), current));
        }
        StateSpan span = new StateSpan(lane, time, value, tone);
        lane.spans.add(span);
        see(time);
        return changed(span);
    }

    /** Ends the lane's current state at {@code time} (a host that exited, a registration removed). */
    public void endState(String laneId, long time) {
        Lane lane = requireLane(laneId);
        StateSpan current = lane.currentSpan();
        if (current != null) {
            lane.spans.setEnd(current, checkNotBefore(time, current.start(), current));
            see(time);
            changed(current);
        }
    }

    /** Starts an instance bar on a lane; the instance id must be new in this model. */
    public InstanceBar startBar(String laneId, String instanceId, String label, long time,
                                InstanceState state, boolean forced) {
        Lane lane = requireLane(laneId);
        Objects.requireNonNull(instanceId, "instance id");
        if (barsById.containsKey(instanceId)) {
            throw new IllegalArgumentException("instance '" + instanceId + "' has a bar already: " + barsById.get(instanceId));
        }
        if (state.isFinal()) {
            throw new IllegalArgumentException("instance '" + instanceId + "' cannot start in final state " + state);
        }
        InstanceBar bar = new InstanceBar(lane, instanceId, label == null ? instanceId : label, time, state, forced);
        lane.assignRow(bar);
        lane.bars.add(bar);
        barsById.put(instanceId, bar);
        see(time);
        return changed(bar);
    }

    /** The bar of this instance, or {@code null}. */
    public InstanceBar bar(String instanceId) {
        return barsById.get(instanceId);
    }

    /** A new segment from {@code time} on; a final state ends the bar, as {@link #endBar} does. */
    public void changeBarState(String instanceId, long time, InstanceState state) {
        if (state.isFinal()) {
            endBar(instanceId, time, state);
            return;
        }
        InstanceBar bar = requireLiveBar(instanceId, state);
        if (bar.state() != state) {
            bar.addSegment(time, state);
        }
        see(time);
        changed(bar);
    }

    /** Ends the bar at {@code time} in a final state; its open deferrals end with it. */
    public void endBar(String instanceId, long time, InstanceState finalState) {
        if (!finalState.isFinal()) {
            throw new IllegalArgumentException("instance '" + instanceId + "' cannot end in " + finalState
                    + "; a final state is one of COMPLETED, CANCELED, FAILED, TERMINATED");
        }
        InstanceBar bar = requireLiveBar(instanceId, finalState);
        bar.addSegment(time, finalState);
        for (DeferralSpan deferral : bar.deferrals()) {
            if (deferral.isOpen()) {
                deferral.close(time);
            }
        }
        bar.lane().bars.setEnd(bar, time);
        bar.lane().barEnded(bar);
        see(time);
        changed(bar);
    }

    /** Records why the instance is being cancelled or why it ended ("EXECUTION_TIME_EXCEEDED", "LOW_MEMORY"). */
    public void setBarReason(String instanceId, String reason) {
        requireBar(instanceId).setReason(reason);
        changed(null);
    }

    /** The instance took a deferral at {@code time}; ids tell apart several held at once. */
    public void beginDeferral(String instanceId, String deferralId, long time) {
        requireBar(instanceId).addDeferral(new DeferralSpan(deferralId, time));
        see(time);
        changed(null);
    }

    /** The instance completed the open deferral with this id (the oldest open one if the id is null). */
    public void endDeferral(String instanceId, String deferralId, long time) {
        InstanceBar bar = requireBar(instanceId);
        for (DeferralSpan deferral : bar.deferrals()) {
            if (deferral.isOpen() && (deferralId == null || deferralId.equals(deferral.id()))) {
                deferral.close(time);
                see(time);
                changed(null);
                return;
            }
        }
        throw new IllegalArgumentException("instance '" + instanceId + "' holds no open deferral '" + deferralId + "'");
    }

    /** A progress sample, 0..100 percent; a sample at the same time as the last replaces it. */
    public void addProgress(String instanceId, long time, int percent) {
        requireBar(instanceId).addProgress(time, percent);
        see(time);
        changed(null);
    }

    /** Adds a mark; {@code instanceId} may be {@code null} when it concerns no instance. */
    public Mark addMark(String laneId, MarkKind kind, long time, String text, String instanceId) {
        Lane lane = requireLane(laneId);
        Mark mark = new Mark(lane, Objects.requireNonNull(kind, "mark kind"), time, text, instanceId);
        lane.marks.add(mark);
        see(time);
        return changed(mark);
    }

    /** Where time 0 is on the simulated clock, and the zone its labels are shown in. */
    public void setClock(Instant origin, ZoneId zone) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.zone = Objects.requireNonNull(zone, "zone");
        changed(null);
    }

    public Instant origin() {
        return origin;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The latest time any change has mentioned (the end of the known history). */
    public long latestTime() {
        return latestTime;
    }

    /** Goes up by one on every change. */
    public long version() {
        return version;
    }

    /**
     * Holds listener calls back until the matching {@link #endBatch()}: an adapter folding a
     * pulse's worth of events tells the view once, not once per event. Batches nest.
     */
    public void beginBatch() {
        batchDepth++;
    }

    /** Ends a batch; the outermost end calls the listeners once if anything changed in it. */
    public void endBatch() {
        if (batchDepth == 0) {
            throw new IllegalStateException("endBatch() without beginBatch()");
        }
        batchDepth--;
        if (batchDepth == 0 && changedInBatch) {
            changedInBatch = false;
            notifyListeners();
        }
    }

    /** Whether a batch is open. */
    public boolean inBatch() {
        return batchDepth > 0;
    }

    /** Called after every change (once per batch while one is open), on the JavaFX thread. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private Lane requireLane(String laneId) {
        Lane lane = lanesById.get(laneId);
        if (lane == null) {
            throw new IllegalArgumentException("no lane '" + laneId + "'; known lanes: " + lanesById.keySet());
        }
        return lane;
    }

    private InstanceBar requireBar(String instanceId) {
        InstanceBar bar = barsById.get(instanceId);
        if (bar == null) {
            throw new IllegalArgumentException("no bar for instance '" + instanceId + "'; start it with startBar first");
        }
        return bar;
    }

    private InstanceBar requireLiveBar(String instanceId, InstanceState next) {
        InstanceBar bar = requireBar(instanceId);
        if (!bar.isOpen()) {
            throw new IllegalStateException("instance '" + instanceId + "' ended already (" + bar.state() + " at "
                    + bar.end() + " ms); it cannot change to " + next);
        }
        return bar;
    }

    private static long checkNotBefore(long time, long start, TimelineItem item) {
        if (time < start) {
            throw new IllegalArgumentException(item.describe() + " cannot end at " + time + " ms, before its start at " + start + " ms");
        }
        return time;
    }

    private void see(long time) {
        latestTime = Math.max(latestTime, time);
    }

    private <T> T changed(T what) {
        version++;
        if (batchDepth > 0) {
            changedInBatch = true;
        } else {
            notifyListeners();
        }
        return what;
    }

    private void notifyListeners() {
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).run();
        }
    }
}

package dev.bgsim.ui.timeline;

/**
 * Builds a model with a given number of items of history that all end at the same time, so that
 * the last minute looks exactly the same whatever the length of the history before it: the
 * benchmark draws that minute over 1,000 and over 100,000 items.
 */
final class SyntheticHistory {
    /** The end of every history, in simulated ms (about 14 hours into the session). */
    static final long END = 50_000_000;
    static final int REGISTRATIONS = 8;
    /** A new instance starts on one registration or another every this many ms. */
    static final long SPACING = 500;
    private static final long RUN = 2_500;

    private SyntheticHistory() {
    }

    /**
     * A model with {@code items} items (bars and trigger marks, two per instance, plus a handful of
     * state spans) ending at {@link #END}; the last {@link #REGISTRATIONS} instances are still running.
     */
    static TimelineModel build(int items) {
        TimelineModel model = new TimelineModel();
        model.addLane("app", LaneKind.APP_STATE, "App", 0);
        model.addLane("power", LaneKind.DEVICE_POWER, "Power", 0);
        model.addLane("net", LaneKind.DEVICE_NETWORK, "Network", 0);
        model.setState("app", 0, "Running", SpanTone.GOOD);
        model.setState("power", 0, "Battery", SpanTone.NEUTRAL);
        model.setState("net", 0, "Internet", SpanTone.QUIET);
        for (int r = 0; r < REGISTRATIONS; r++) {
            model.addLane("reg:" + r, LaneKind.REGISTRATION, "Task " + r, r);
        }
        int instances = Math.max(REGISTRATIONS, items / 2);
        for (int u = 0; u < instances; u++) {
            int remaining = instances - u;
            addInstance(model, u, remaining, END - remaining * SPACING, remaining <= REGISTRATIONS);
        }
        return model;
    }

    /** Instance {@code u}, the {@code remaining}-th from the end: lanes are dealt from the end, so the last minute is the same. */
    private static void addInstance(TimelineModel model, int u, int remaining, long start, boolean live) {
        String lane = "reg:" + (remaining % REGISTRATIONS);
        String id = "i" + u;
        model.addMark(lane, MarkKind.TRIGGER, start, "trigger", id);
        model.startBar(lane, id, "Instance " + u, start, InstanceState.RUNNING, false);
        model.addProgress(id, start + RUN / 2, 50);
        if (!live) {
            model.changeBarState(id, start + RUN / 3, InstanceState.DEFERRED);
            model.endBar(id, start + RUN, InstanceState.COMPLETED);
        }
    }
}

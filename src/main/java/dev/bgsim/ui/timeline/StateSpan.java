package dev.bgsim.ui.timeline;

/** A lane in one state for a while: app RUNNING, battery saver ON, network METERED. */
public final class StateSpan extends TimelineItem {
    private final String value;
    private final SpanTone tone;

    StateSpan(Lane lane, long start, String value, SpanTone tone) {
        super(lane, start, OPEN);
        this.value = value;
        this.tone = tone;
    }

    /** The state as shown to the user ("RUNNING", "ON", "Battery 35%"). */
    public String value() {
        return value;
    }

    public SpanTone tone() {
        return tone;
    }

    @Override
    String describe() {
        return "state " + value + " of lane " + lane().id();
    }

    @Override
    public String toString() {
        return "StateSpan[" + lane().id() + " " + value + " " + start() + ".." + (isOpen() ? "open" : end()) + "]";
    }
}

package dev.bgsim.ui.log;

import dev.bgsim.engine.event.EngineEvent;

/**
 * One row of the event log. The words are made from the event when a cell, a search or a copy
 * first asks for them: under thousands of events a second most rows scroll by unseen, and writing
 * each payload out (stack traces included) would cost the FX thread for nothing. FX thread only.
 */
public final class LogRow {
    private final EngineEvent event;
    private String time;
    private String subject;
    private String details;

    private LogRow(EngineEvent event) {
        this.event = event;
    }

    static LogRow of(EngineEvent e) {
        return new LogRow(e);
    }

    /** Stream position. */
    public long seq() {
        return event.seq();
    }

    /** Simulated time of day, to the millisecond ("08:01:28.081"); {@link #line()} has the full instant. */
    public String time() {
        if (time == null) {
            time = timeOfDay(event.simTime());
        }
        return time;
    }

    /**
     * "HH:mm:ss.SSS" in UTC (the simulated clock's zone, as on the toolbar and the timeline axis),
     * written out by hand: each row that scrolls into the tailing log asks
     * for its time, and a {@code DateTimeFormatter} costs several times more per call.
     */
    static String timeOfDay(java.time.Instant t) {
        int second = (int) Math.floorMod(t.getEpochSecond(), 86_400L);
        int milli = t.getNano() / 1_000_000;
        char[] c = {
            digit(second / 36_000), digit(second / 3_600 % 10), ':',
            digit(second % 3_600 / 600), digit(second % 600 / 60), ':',
            digit(second % 60 / 10), digit(second % 10), '.',
            digit(milli / 100), digit(milli / 10 % 10), digit(milli % 10)};
        return new String(c);
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }

    /** Event type. */
    public String type() {
        return event.type();
    }

    /** Who it is about: "Name#3", a package, a host. */
    public String subject() {
        if (subject == null) {
            var s = event.subjects();
            subject = s.registrationName() != null
                    ? s.registrationName() + (s.instanceNumber() > 0 ? "#" + s.instanceNumber() : "")
                    : s.hostId() != null ? "host " + s.hostId() : s.packageName() != null ? s.packageName() : "";
        }
        return subject;
    }

    /** The payload in words. */
    public String details() {
        if (details == null) {
            String text = event.payload().toString();
            int open = text.indexOf('[');
            details = open >= 0 && text.endsWith("]") ? text.substring(open + 1, text.length() - 1) : text;
        }
        return details;
    }

    /** {@code text} on one line: line breaks (a stack trace's) become " ⏎ ", runs of spaces after them one. */
    static String oneLine(String text) {
        return text.indexOf('\n') < 0 ? text : text.strip().replaceAll("\\s*\\R\\s*", " \u23CE ");
    }

    /** At most 40 lines of {@code text}, for a tooltip that must fit on the screen. */
    static String clipped(String text) {
        String[] lines = text.split("\\R", 42);
        return lines.length <= 40 ? text : String.join("\n", java.util.Arrays.copyOf(lines, 40)) + "\n…";
    }

    /** The row as one tab-separated line, for copying. */
    public String line() {
        return seq() + "\t" + event.simTime() + "\t" + type() + "\t" + subject() + "\t" + details();
    }

    @Override
    public String toString() {
        return line();
    }
}

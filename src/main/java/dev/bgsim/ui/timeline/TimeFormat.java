package dev.bgsim.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Formats simulated times as clock readings ("08:00:05.250", "+1d 07:59") and durations
 * ("250 ms", "2.5 s", "4 min 12 s"). The zone offset is the one in force at the session start:
 * a simulated session does not cross a daylight-saving change in its labels. No JavaFX.
 */
final class TimeFormat {
    private final long clockOffset;
    private final long originDay;

    TimeFormat(Instant origin, ZoneId zone) {
        long offsetMs = zone.getRules().getOffset(origin).getTotalSeconds() * 1_000L;
        this.clockOffset = origin.toEpochMilli() + offsetMs;
        this.originDay = Math.floorDiv(clockOffset, TimeTicks.DAY);
    }

    static TimeFormat of(TimelineModel model) {
        return new TimeFormat(model.origin(), model.zone());
    }

    /** The local clock's reading, in epoch ms plus zone offset, at time 0. */
    long clockOffset() {
        return clockOffset;
    }

    /** A tick label with the precision the step needs, prefixed by the day offset after the first day. */
    String tickLabel(long t, long stepMillis) {
        int digits = stepMillis % 1_000 == 0 ? 0 : stepMillis % 100 == 0 ? 1 : stepMillis % 10 == 0 ? 2 : 3;
        boolean seconds = stepMillis % TimeTicks.MINUTE != 0;
        return format(t, seconds, digits);
    }

    /** The full clock reading, to the millisecond. */
    String clock(long t) {
        return format(t, true, 3);
    }

    /** A duration in the two largest units that matter. */
    static String duration(long ms) {
        if (ms < 0) {
            return "-" + duration(-ms);
        }
        if (ms < TimeTicks.SECOND) {
            return ms + " ms";
        }
        if (ms < 10 * TimeTicks.SECOND) {
            return (ms / 1_000) + "." + pad(ms % 1_000 / 10, 2) + " s";
        }
        if (ms < TimeTicks.MINUTE) {
            return (ms / 1_000) + "." + (ms % 1_000 / 100) + " s";
        }
        if (ms < TimeTicks.HOUR) {
            return (ms / TimeTicks.MINUTE) + " min " + (ms % TimeTicks.MINUTE / 1_000) + " s";
        }
        if (ms < TimeTicks.DAY) {
            return (ms / TimeTicks.HOUR) + " h " + pad(ms % TimeTicks.HOUR / TimeTicks.MINUTE, 2) + " min";
        }
        return (ms / TimeTicks.DAY) + " d " + (ms % TimeTicks.DAY / TimeTicks.HOUR) + " h";
    }

    private String format(long t, boolean seconds, int fractionDigits) {
        long local = clockOffset + t;
        long day = Math.floorDiv(local, TimeTicks.DAY) - originDay;
        long ofDay = Math.floorMod(local, TimeTicks.DAY);
        StringBuilder out = new StringBuilder(20);
        if (day != 0) {
            out.append(day > 0 ? "+" : "").append(day).append("d ");
        }
        out.append(pad(ofDay / TimeTicks.HOUR, 2)).append(':').append(pad(ofDay % TimeTicks.HOUR / TimeTicks.MINUTE, 2));
        if (seconds) {
            out.append(':').append(pad(ofDay % TimeTicks.MINUTE / 1_000, 2));
        }
        if (fractionDigits > 0) {
            long millis = ofDay % 1_000;
            out.append('.').append(pad(millis, 3), 0, fractionDigits);
        }
        return out.toString();
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}

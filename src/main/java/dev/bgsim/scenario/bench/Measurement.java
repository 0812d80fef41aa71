package dev.bgsim.scenario.bench;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a benchmark measured, printed as one JSON line:
 * {@code {"metric":"timeSkip7Days","value":812.4,"unit":"ms","goal":2000,"met":true}}.
 *
 * @param metric        the benchmark's name
 * @param value         the measured value
 * @param unit          {@code ms}, {@code us}, {@code events/s}...
 * @param goal          the value to reach, if the metric has one
 * @param lowerIsBetter whether the goal is a ceiling (times) or a floor (throughput)
 */
public record Measurement(String metric, double value, String unit, OptionalDouble goal, boolean lowerIsBetter) {

    public Measurement {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(goal, "goal");
    }

    /** A time-like value whose goal is a ceiling. */
    public static Measurement atMost(String metric, double value, String unit, double goal) {
        return new Measurement(metric, value, unit, OptionalDouble.of(goal), true);
    }

    /** A throughput-like value whose goal is a floor. */
    public static Measurement atLeast(String metric, double value, String unit, double goal) {
        return new Measurement(metric, value, unit, OptionalDouble.of(goal), false);
    }

    /** Whether the goal is met (true when there is none). */
    public boolean met() {
        if (goal.isEmpty()) {
            return true;
        }
        return lowerIsBetter ? value <= goal.getAsDouble() : value >= goal.getAsDouble();
    }

    /** The JSON line, without a line break. */
    public String toJsonLine() {
        StringBuilder json = new StringBuilder("{\"metric\":\"").append(metric).append("\",\"value\":")
                .append(number(value)).append(",\"unit\":\"").append(unit).append('"');
        goal.ifPresent(g -> json.append(",\"goal\":").append(number(g))
                .append(",\"goalIs\":\"").append(lowerIsBetter ? "max" : "min").append('"')
                .append(",\"met\":").append(met()));
        return json.append('}').toString();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

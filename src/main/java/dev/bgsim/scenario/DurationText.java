package dev.bgsim.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated-time durations as people write them in scenario files: {@code 250ms}, {@code 1.5s},
 * {@code 15m}, {@code 2h}, {@code 1d}, compounds such as {@code 1h30m}, or ISO-8601
 * ({@code PT1M}, {@code P1DT2H}).
 *
 * <p>Compound units must go from largest to smallest, each at most once, so that a duration
 * has one obvious reading. Negative durations and anything finer than a nanosecond are refused.
 */
public final class DurationText {

    /** What a valid duration looks like, for error messages. */
    public static final String EXPECTED_FORMS =
            "write a duration such as 250ms, 1.5s, 15m, 2h, 1d, 1h30m or ISO-8601 PT1M";

    private static final Pattern COMPONENT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");
    private static final String[] UNITS_LARGEST_FIRST = {"d", "h", "m", "s", "ms"};
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private DurationText() {
    }

    /**
     * Reads a duration.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text} (pair it with
     *                                  {@link #EXPECTED_FORMS} for what would be right)
     */
    public static Duration parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the duration is empty");
        }
        if (trimmed.startsWith("-")) {
            throw new IllegalArgumentException("duration \"" + text + "\" is negative (simulated time only goes forward)");
        }
        if (trimmed.charAt(0) == 'P' || trimmed.charAt(0) == 'p') {
            return parseIso(text, trimmed);
        }
        return parseUnits(text, trimmed);
    }

    /** Writes a duration in the short form that {@link #parse} reads back to the same value. */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        if (duration.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long days = duration.toDays();
        appendIfNonZero(out, days, "d");
        appendIfNonZero(out, duration.toHoursPart(), "h");
        appendIfNonZero(out, duration.toMinutesPart(), "m");
        int seconds = duration.toSecondsPart();
        int nanos = duration.toNanosPart();
        if (seconds == 0 && nanos != 0 && nanos % NANOS_PER_MILLI == 0) {
            out.append(nanos / NANOS_PER_MILLI).append("ms");
        } else if (seconds != 0 || nanos != 0) {
            BigDecimal exact = BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9));
            out.append(exact.stripTrailingZeros().toPlainString()).append('s');
        }
        return out.toString();
    }

    private static void appendIfNonZero(StringBuilder out, long amount, String unit) {
        if (amount != 0) {
            out.append(amount).append(unit);
        }
    }

    private static Duration parseIso(String text, String trimmed) {
        Duration parsed;
        try {
            parsed = Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an ISO-8601 duration"
                    + " (the form is PnDTnHnMnS, as months and years have no fixed length)", e);
        }
        if (parsed.isNegative()) {
            throw new IllegalArgumentException("duration \"" + text + "\" is negative (simulated time only goes forward)");
        }
        return parsed;
    }

    private static Duration parseUnits(String text, String trimmed) {
        Matcher matcher = COMPONENT.matcher(trimmed);
        BigDecimal totalNanos = BigDecimal.ZERO;
        int position = 0;
        int smallestUnitSoFar = -1;
        while (position < trimmed.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw new IllegalArgumentException(describeBadComponent(text, trimmed, position));
            }
            int unitIndex = unitIndex(matcher.group(2));
            if (unitIndex <= smallestUnitSoFar) {
                throw new IllegalArgumentException("in \"" + text + "\" the units must go from largest to smallest,"
                        + " each at most once (d, h, m, s, ms)");
            }
            smallestUnitSoFar = unitIndex;
            totalNanos = totalNanos.add(new BigDecimal(matcher.group(1)).multiply(nanosPer(matcher.group(2))));
            position = matcher.end();
        }
        return toDuration(text, totalNanos);
    }

    private static String describeBadComponent(String text, String trimmed, int position) {
        String rest = trimmed.substring(position);
        if (rest.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return "\"" + text + "\" has no unit after " + rest;
        }
        if (rest.toLowerCase(Locale.ROOT).matches("\\d+(\\.\\d+)?(ms|s|m|h|d).*")) {
            return "\"" + text + "\" uses upper-case units (units are lower case: ms, s, m, h, d)";
        }
        return "\"" + text + "\" is not a duration (cannot read \"" + rest + "\")";
    }

    private static int unitIndex(String unit) {
        for (int i = 0; i < UNITS_LARGEST_FIRST.length; i++) {
            if (UNITS_LARGEST_FIRST[i].equals(unit)) {
                return i;
            }
        }
        throw new IllegalStateException("unit not in the table: " + unit);
    }

    private static BigDecimal nanosPer(String unit) {
        Duration one = switch (unit) {
            case "ms" -> Duration.ofMillis(1);
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> throw new IllegalStateException("unit not in the table: " + unit);
        };
        return BigDecimal.valueOf(one.toNanos());
    }

    private static Duration toDuration(String text, BigDecimal totalNanos) {
        BigInteger nanos;
        try {
            nanos = totalNanos.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("\"" + text + "\" is finer than a nanosecond", e);
        }
        if (nanos.bitLength() >= Long.SIZE) {
            throw new IllegalArgumentException("\"" + text + "\" is too long (more than 292 years)");
        }
        return Duration.ofNanos(nanos.longValueExact());
    }
}

package dev.bgsim.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A log row's details cell shows one line; its tooltip at most 40. */
class LogRowTextTest {
    @Test
    void aStackTraceBecomesOneLineWithMarkedBreaks() {
        String details = "deferral=1, stackTrace=gallery.Task.run\n\tat java.base/Thread.run\n  at x.Y.z";
        assertEquals("deferral=1, stackTrace=gallery.Task.run \u23CE at java.base/Thread.run \u23CE at x.Y.z",
                LogRow.oneLine(details));
        assertEquals("outstandingDeferrals=1", LogRow.oneLine("outstandingDeferrals=1"));
    }

    @Test
    void aTooltipKeepsTheFirstFortyLines() {
        String text = String.join("\n", java.util.stream.IntStream.range(0, 100).mapToObj(i -> "line " + i).toList());
        String clipped = LogRow.clipped(text);
        assertEquals(41, clipped.split("\n").length);
        assertTrue(clipped.startsWith("line 0\nline 1\n") && clipped.endsWith("line 39\n…"), clipped);
        assertEquals("a\nb", LogRow.clipped("a\nb"));
    }

    @Test
    void theTimeOfDayIsUtcToTheMillisecondAsAFormatterWritesIt() {
        java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
                .withZone(java.time.ZoneOffset.UTC);
        for (String at : java.util.List.of("2026-11-25T08:01:28.081Z", "2026-01-01T00:00:00Z", "2026-06-30T23:59:59.999Z",
                "1969-12-31T23:59:59.5Z", "2030-03-03T12:34:56.000999Z")) {
            java.time.Instant t = java.time.Instant.parse(at);
            assertEquals(formatter.format(t), LogRow.timeOfDay(t), at);
        }
    }
}

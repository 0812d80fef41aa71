package dev.bgsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0s          | PT0S
            0ms         | PT0S
            250ms       | PT0.25S
            1.5s        | PT1.5S
            15m         | PT15M
            2h          | PT2H
            1d          | PT24H
            1h30m       | PT1H30M
            1d2h3m4s5ms | PT26H3M4.005S
            0.5ms       | PT0.0005S
            90s         | PT1M30S
            ' 1s '      | PT1S
            PT1M        | PT1M
            pt1m        | PT1M
            P1DT2H      | PT26H
            PT0.25S     | PT0.25S
            """)
    void readsDurationsPeopleWrite(String text, Duration expected) {
        assertEquals(expected, DurationText.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''          | empty
            '  '        | empty
            5           | has no unit after 5
            1.5         | has no unit after 1.5
            5x          | is not a duration
            1 s         | is not a duration
            s           | is not a duration
            .5s         | is not a duration
            1.s         | is not a duration
            1e3s        | is not a duration
            1S          | upper-case units
            1M          | upper-case units
            -1s         | negative
            1m1h        | largest to smallest
            1s1s        | largest to smallest
            P1M         | not an ISO-8601 duration
            P1Y         | not an ISO-8601 duration
            PT          | not an ISO-8601 duration
            PT-1S       | negative
            -PT1S       | negative
            0.0000000001s | finer than a nanosecond
            300000000d  | too long
            """)
    void refusesWhatIsNotADuration(String text, String why) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DurationText.parse(text));
        assertTrue(error.getMessage().contains(why), () -> "message \"" + error.getMessage() + "\" should say " + why);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PT0S          | 0s
            PT0.25S       | 250ms
            PT1.5S        | 1.5s
            PT15M         | 15m
            PT2H          | 2h
            PT24H         | 1d
            PT1H30M       | 1h30m
            PT26H3M4.005S | 1d2h3m4.005s
            PT0.0005S     | 0.0005s
            PT1M0.25S     | 1m250ms
            """)
    void writesTheShortForm(Duration duration, String expected) {
        assertEquals(expected, DurationText.format(duration));
    }

    @Test
    void whatItWritesReadsBackToTheSameDuration() {
        for (Duration d : new Duration[] {Duration.ofNanos(1), Duration.ofMillis(999), Duration.ofSeconds(59, 1),
                Duration.ofDays(400).plusNanos(7), Duration.ofHours(25).plusMinutes(1)}) {
            assertEquals(d, DurationText.parse(DurationText.format(d)), () -> "round trip of " + d);
        }
    }
}

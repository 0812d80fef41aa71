package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFormatTest {
    private final TimeFormat utc = new TimeFormat(TimelineModel.DEFAULT_ORIGIN, ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} ms at a {1} ms step reads {2}")
    @CsvSource({
        "0, 1000, 08:00:00",
        "5250, 250, 08:00:05.25",
        "5250, 50, 08:00:05.25",
        "5253, 1, 08:00:05.253",
        "5200, 100, 08:00:05.2",
        "60000, 60000, 08:01",
        "57600000, 3600000, +1d 00:00",
        "-1000, 1000, 07:59:59",
        "-28800001, 1000, -1d 23:59:59",
    })
    void tickLabelsShowTheClockWithThePrecisionOfTheStepAndTheDayOffset(long t, long step, String expected) {
        assertEquals(expected, utc.tickLabel(t, step));
    }

    @ParameterizedTest(name = "{0} ms lasts {1}")
    @CsvSource({
        "250, 250 ms",
        "2500, 2.50 s",
        "12340, 12.3 s",
        "252000, 4 min 12 s",
        "3900000, 1 h 05 min",
        "183600000, 2 d 3 h",
    })
    void durationsUseTheTwoLargestUnits(long ms, String expected) {
        assertEquals(expected, TimeFormat.duration(ms));
    }

    @ParameterizedTest(name = "clock in {0}")
    @CsvSource({"UTC, 08:00:01.500", "Europe/Paris, 09:00:01.500", "America/New_York, 03:00:01.500"})
    void theClockIsShownInTheModelsZone(String zone, String expected) {
        TimeFormat format = new TimeFormat(Instant.parse("2026-01-01T08:00:00Z"), ZoneId.of(zone));
        assertEquals(expected, format.clock(1_500));
    }
}

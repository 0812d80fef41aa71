package dev.bgsim.scenario.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void aTimeIsOneJsonLineWithItsGoalAsACeiling() {
        Measurement m = Measurement.atMost("timeSkip7Days", 812.44, "ms", 2000);

        assertEquals("{\"metric\":\"timeSkip7Days\",\"value\":812.4,\"unit\":\"ms\",\"goal\":2000,\"goalIs\":\"max\",\"met\":true}",
                m.toJsonLine());
        assertFalse(Measurement.atMost("t", 2000.5, "ms", 2000).met());
    }

    @Test
    void aThroughputHasItsGoalAsAFloor() {
        assertTrue(Measurement.atLeast("eventsPerSecond", 12000, "events/s", 10000).met());
        assertFalse(Measurement.atLeast("eventsPerSecond", 9000, "events/s", 10000).met());
    }

    @Test
    void aMetricWithoutGoalHasNoGoalFields() {
        Measurement m = new Measurement("x", 3, "us", OptionalDouble.empty(), true);

        assertEquals("{\"metric\":\"x\",\"value\":3,\"unit\":\"us\"}", m.toJsonLine());
        assertTrue(m.met());
    }
}

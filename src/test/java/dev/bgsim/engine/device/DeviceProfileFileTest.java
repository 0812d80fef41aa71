package dev.bgsim.engine.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.pkg.TriggerKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom device profile files (SPEC 3.2): read strictly, errors at file:line:col with what would be right. */
class DeviceProfileFileTest {
    @TempDir
    Path dir;

    private Path file(String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    /** The message of the error reading {@code json}, without the leading "file:". */
    private String error(String json) throws Exception {
        Path f = file("bad.json", json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceProfile.fromFile(f));
        assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
        return e.getMessage().substring(f.toString().length() + 1);
    }

    private void assertError(String json, String expectedStart) throws Exception {
        String message = error(json);
        assertTrue(message.startsWith(expectedStart), "expected \"" + expectedStart + "...\" but was: " + message);
    }

    @Test
    void aFullCustomProfileReadsEveryField() throws Exception {
        DeviceProfile p = DeviceProfile.fromFile(file("tight-phone.json", """
                { "name": "tight", "defaultTimeLimit": "PT10S",
                  "timeLimits": { "APPLICATION": "PT1M", "DEVICE_USE": null },
                  "memoryQuotaMB": 8, "gracePeriod": "PT2S", "lowMemoryKills": true, "idleWatchdog": "PT1M",
                  "refuseUndeclaredTaskTypes": true, "deviceUseConcurrency": 2, "backgroundSuspendDelay": "PT3S" }
                """));
        assertEquals("tight", p.name());
        assertEquals(Optional.of(Duration.ofSeconds(10)), p.timeLimitFor(TriggerKind.SYSTEM));
        assertEquals(Optional.of(Duration.ofMinutes(1)), p.timeLimitFor(TriggerKind.APPLICATION));
        assertEquals(Optional.empty(), p.timeLimitFor(TriggerKind.DEVICE_USE));
        assertEquals(Optional.of(8L * 1024 * 1024), p.memoryQuotaBytes());
        assertEquals(Duration.ofSeconds(2), p.gracePeriod());
        assertTrue(p.lowMemoryKills());
        assertEquals(Optional.of(Duration.ofMinutes(1)), p.idleWatchdog());
        assertTrue(p.refuseUndeclaredTaskTypes());
        assertEquals(2, p.deviceUseConcurrency());
        assertEquals(Optional.of(Duration.ofSeconds(3)), p.backgroundSuspendDelay());
    }

    @Test
    void leftOutFieldsTakeTheDesktopDefaultsAndTheFileNameIsTheName() throws Exception {
        DeviceProfile p = DeviceProfile.fromFile(file("lab-tablet.json", "{ \"gracePeriod\": \"PT3S\" }"));
        assertEquals("lab-tablet", p.name());
        assertEquals(Optional.of(Duration.ofSeconds(30)), p.timeLimitFor(TriggerKind.TIME));
        assertEquals(Optional.empty(), p.memoryQuotaBytes());
        assertEquals(Duration.ofSeconds(3), p.gracePeriod());
        assertEquals(Integer.MAX_VALUE, p.deviceUseConcurrency());
        assertEquals(Optional.of(Duration.ofSeconds(10)), p.backgroundSuspendDelay());
    }

    @Test
    void aMisspeltFieldIsAnErrorAtItsPositionListingTheFields() throws Exception {
        assertError("{\n  \"name\": \"x\",\n  \"gracePeriode\": \"PT5S\"\n}",
                "3:3: unknown field \"gracePeriode\"; a device profile has name, defaultTimeLimit");
    }

    @Test
    void wrongValuesNameTheFieldThePositionAndAnExample() throws Exception {
        assertError("{ \"defaultTimeLimit\": 30 }", "1:23: \"defaultTimeLimit\" must be a duration string, not a number; write");
        assertError("{ \"gracePeriod\": \"5 seconds\" }", "1:18: \"gracePeriod\" is no duration: \"5 seconds\"; write");
        assertError("{ \"gracePeriod\": \"PT0S\" }", "1:18: \"gracePeriod\" must be longer than zero");
        assertError("{ \"timeLimits\": { \"TIMER\": \"PT1M\" } }", "1:19: \"TIMER\" is no trigger kind; use one of SYSTEM, TIME,");
        assertError("{ \"memoryQuotaMB\": -1 }", "1:20: \"memoryQuotaMB\" must be a whole number of megabytes");
        assertError("{ \"lowMemoryKills\": \"yes\" }", "1:21: \"lowMemoryKills\" must be true or false");
        assertError("{ \"deviceUseConcurrency\": 0 }", "1:27: \"deviceUseConcurrency\" must be a whole number");
        assertError("{\n  \"backgroundSuspendDelay\": 10\n}", "2:29: \"backgroundSuspendDelay\" must be a duration string");
        assertError("{ \"backgroundSuspendDelay\": \"-PT1S\" }", "1:29: \"backgroundSuspendDelay\" must be longer than zero");
        assertError("[1]", "1:1: a device profile is a JSON object, not an array");
        assertTrue(error("{ \"name\": ").matches("\\d+:\\d+: not JSON: .*"), "syntax errors carry a position too");
    }

    @Test
    void aValueOfAFieldThatAlsoTakesNullSaysHowToWriteNull() throws Exception {
        assertTrue(error("{ \"idleWatchdog\": 60 }").endsWith(", or \"idleWatchdog\": null for no watchdog"));
        assertTrue(error("{ \"backgroundSuspendDelay\": \"soon\" }")
                .endsWith(", or \"backgroundSuspendDelay\": null for never"));
        assertTrue(error("{ \"timeLimits\": { \"DEVICE_USE\": 0 } }").endsWith(", or \"DEVICE_USE\": null for no limit"));
        assertTrue(error("{ \"memoryQuotaMB\": 0 }").endsWith("write \"memoryQuotaMB\": 16, or \"memoryQuotaMB\": null for no quota"));
    }

    @Test
    void builtInProfilesSuspendABackgroundAppAfterAFewSecondsPhonesAndXboxSooner() {
        for (String name : List.of("desktop", "iot", "strict")) {
            assertEquals(Optional.of(Duration.ofSeconds(10)), DeviceProfile.builtIn(name).backgroundSuspendDelay(), name);
        }
        for (String name : List.of("mobile-512mb", "mobile-1gb", "mobile-2gb", "xbox")) {
            assertEquals(Optional.of(Duration.ofSeconds(5)), DeviceProfile.builtIn(name).backgroundSuspendDelay(), name);
        }
    }

    @Test
    void everyBuiltInProfileStillReads() {
        for (String name : DeviceProfile.BUILT_IN) {
            assertEquals(name, DeviceProfile.builtIn(name).name());
        }
        assertEquals(Optional.of(16L * 1024 * 1024), DeviceProfile.builtIn("mobile-512mb").memoryQuotaBytes());
        assertEquals(1, DeviceProfile.builtIn("mobile-512mb").deviceUseConcurrency());
        assertEquals(Integer.MAX_VALUE, DeviceProfile.builtIn("desktop").deviceUseConcurrency());
    }
}

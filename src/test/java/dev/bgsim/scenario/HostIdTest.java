package dev.bgsim.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HostIdTest {

    @Test
    void readsTheThreeKindsOfHost() {
        assertEquals(new HostId.DefaultHost("Samples.BackgroundTask"), HostId.parse("Samples.BackgroundTask/default"));
        assertEquals(new HostId.GroupHost("Samples.BackgroundTask", "net"), HostId.parse("Samples.BackgroundTask/group:net"));
        assertEquals(new HostId.InstanceHost("Pkg", "Multi#Task", 3), HostId.parse("Pkg/instance:Multi#Task#3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pkg/default", "Pkg/group:main", "Pkg/instance:Task#12"})
    void writesWhatItReads(String text) {
        assertEquals(text, HostId.parse(text).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pkg", "/default", "Pkg/", "Pkg/main", "Pkg/group:", "Pkg/instance:Task", "Pkg/instance:Task#0",
            "Pkg/instance:#1"})
    void refusesWhatIsNotAHost(String text) {
        assertThrows(IllegalArgumentException.class, () -> HostId.parse(text));
    }
}

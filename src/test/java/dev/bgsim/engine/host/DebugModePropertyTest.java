package dev.bgsim.engine.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.Events;
import org.junit.jupiter.api.Test;

/** The values of --debug-hosts (the bgsim.debugHosts property) and the line `bgsim run` prints per debugged host. */
class DebugModePropertyTest {
    @Test
    void theModesReadAsTheHelpSays() {
        assertNull(ChildHosts.Debugging.fromProperty(null));
        assertNull(ChildHosts.Debugging.fromProperty("off"));
        assertEquals(new ChildHosts.Debugging(false, false), ChildHosts.Debugging.fromProperty("on"));
        assertEquals(new ChildHosts.Debugging(true, false), ChildHosts.Debugging.fromProperty("wait"));
        assertEquals(new ChildHosts.Debugging(true, true), ChildHosts.Debugging.fromProperty("wait,enforce"));
        assertEquals(new ChildHosts.Debugging(false, true), ChildHosts.Debugging.fromProperty("on,enforce"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChildHosts.Debugging.fromProperty("yes"));
        assertTrue(e.getMessage().contains("on, wait, on,enforce or wait,enforce"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChildHosts.Debugging.fromProperty("on,strict"));
    }

    @Test
    void theRunCommandPrintsWhereToAttach() {
        assertEquals("host Demo/default (pid 42): debugger on 127.0.0.1:5005, waits for it, time limits off",
                DebugPortPrinter.line("Demo/default", new Events.HostDebugging("127.0.0.1", 5005, 42, true, false)));
    }
}

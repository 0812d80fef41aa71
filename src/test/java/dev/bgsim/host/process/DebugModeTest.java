package dev.bgsim.host.process;

import static dev.bgsim.host.process.HostTestSupport.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Debug mode: the host listens for a debugger on loopback only, on the port it reports, and its frames stay intact. */
class DebugModeTest {

    @AfterAll
    static void noHostLeft() throws Exception {
        HostTestSupport.assertNoHostLeft();
    }

    @Test
    void aDebugHostAnswersTheJdwpHandshakeOnTheReportedLoopbackPort() throws Exception {
        try (DrivenHost d = HostTestSupport.startDriven(HostTestSupport.options("debug").withDebug(true, false))) {
            int port = d.host().debugPort();
            assertTrue(port > 0, "a port is reported");
            // Frames are intact: the agent's "Listening for transport" line did not reach stdout.
            d.host().ping().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = s.getOutputStream();
                out.write("JDWP-Handshake".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                assertEquals("JDWP-Handshake", new String(in.readNBytes(14), StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void theDebuggerAddressIsBoundToLoopbackOnly() {
        java.util.List<String> cmd = JvmCommand.build(HostTestSupport.options("x").withDebug(true, true),
                java.nio.file.Path.of("host.jar"), java.util.List.of(), 5005);
        assertTrue(cmd.contains("-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:5005,quiet=y"), cmd.toString());
    }
}

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
import org.junit.jupiter.api.io.TempDir;

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
        // Where the host can tell that a debugger is attached (Linux), it waits itself and the agent does not suspend.
        String suspend = java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task")) ? "n" : "y";
        assertTrue(cmd.contains("-agentlib:jdwp=transport=dt_socket,server=y,suspend=" + suspend
                + ",address=127.0.0.1:5005,quiet=y"), cmd.toString());
    }

    @Test
    void waitingForTheDebuggerHoldsTaskCodeButTheHostKeepsReadingUntilADebuggerAttaches(@TempDir java.nio.file.Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task")),
                "the host waits by itself only where /proc tells it a debugger attached");
        java.nio.file.Path jar = TaskJarBuilder.build(dir, "debug-wait", java.util.Map.of("dbg.Hello", """
                package dbg;
                public class Hello implements dev.bgsim.sdk.BackgroundTask {
                    public void run(dev.bgsim.sdk.BackgroundTaskInstance t) { System.out.println("run entered"); }
                }
                """));
        try (DrivenHost d = HostTestSupport.startDriven(HostTestSupport.options("debug-wait").withDebug(true, true))) {
            String id = d.start(jar, "dbg.Hello");
            // The JVM runs (it answers, so it also sees its stdin close if bgsim dies), but run() waits.
            d.host().ping().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            d.host().ping().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(d.messages(dev.bgsim.host.protocol.MessageType.RUN_ENTERED).isEmpty(), "run() waits for the debugger");
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), d.host().debugPort())) {
                s.getOutputStream().write("JDWP-Handshake".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                assertEquals("JDWP-Handshake", new String(s.getInputStream().readNBytes(14), StandardCharsets.US_ASCII));
                d.await(dev.bgsim.host.protocol.MessageType.RUN_RETURNED, id, WAIT);
                assertTrue(d.output("stdout").contains("run entered"), d.output("stdout"));
            }
        }
    }
}

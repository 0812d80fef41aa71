package dev.bgsim.host.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a host JVM, tuned for start-up time: C1 only ({@code TieredStopAtLevel=1}:
 * hosts run short tasks, and C2 compile threads would compete for the CPU), no perf-data file, and
 * an AppCDS archive when there is one. The default collector (G1) is kept on purpose: on JDK 17 the
 * JDK's own CDS archive maps its archived heap objects (module graph, interned strings) only with
 * G1, and {@code -XX:+UseSerialGC} measured 50-80 ms slower to reach {@code main}. Unified logging
 * goes to stderr so that no JVM warning can reach the frame channel on stdout.
 */
final class JvmCommand {
    private JvmCommand() {
    }

    /** The java launcher of the running JVM (same version, so the CDS archive fits). */
    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    /**
     * @param cdsArgs   the class-data-sharing options ({@link CdsArchive#jvmArgs})
     * @param debugPort the JDWP port, or 0 for none
     */
    static List<String> build(HostOptions options, Path hostJar, List<String> cdsArgs, int debugPort) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable().toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:-UsePerfData");
        cmd.add("-Xss512k");
        cmd.add("-Xlog:disable");
        cmd.add("-Xlog:all=warning:stderr");
        cmd.addAll(cdsArgs);
        if (options.heapMaxBytes() > 0) {
            cmd.add("-Xmx" + options.heapMaxBytes());
        }
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dbgsim.host.outputCapBytes=" + options.outputCapBytes());
        cmd.add("-Dbgsim.host.heartbeatMillis=" + options.heartbeat().toMillis());
        if (debugPort > 0) {
            // Waiting for the debugger is the host's job where it can tell a debugger is attached
            // (DebuggerWait, Linux): a JVM suspended by the agent never reads its stdin, so it
            // would outlive a bgsim killed with SIGKILL. Elsewhere the agent suspends the JVM.
            boolean hostWaits = options.debugSuspend() && Files.isDirectory(Path.of("/proc/self/task"));
            if (hostWaits) {
                cmd.add("-Dbgsim.host.waitForDebugger=true");
            }
            // quiet=y: the agent would otherwise print "Listening for transport..." on stdout, the frame channel.
            cmd.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=" + (options.debugSuspend() && !hostWaits ? "y" : "n")
                    + ",address=127.0.0.1:" + debugPort + ",quiet=y");
        }
        cmd.addAll(options.extraJvmArgs());
        cmd.add("-cp");
        cmd.add(hostJar.toString());
        cmd.add(HostJar.MAIN_CLASS);
        return cmd;
    }
}

package dev.bgsim.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the optimising JIT compiler (C2) out of the way while the window starts.
 *
 * <p>Why: building and styling the first window runs a lot of cold JavaFX code (the CSS engine
 * above all) once. HotSpot's C2 compiles the hottest of it in the background, and on a 2-core
 * machine that compilation (about 4 s of CPU, measured) competes with the FX thread for the
 * cores: the window appeared after about as long again. The quick compiler (C1) is enough for
 * code that runs once. So from {@link #begin()} until {@link #end()} a compiler directive
 * excludes methods from C2, as {@code -XX:TieredStopAtLevel=1} would, only for the start-up;
 * methods that were hot during it stay on C1 code, everything later is compiled as usual.
 * Directives are added through the JVM's DiagnosticCommand MBean ({@code jcmd
 * Compiler.directives_add}); where the JVM offers no such bean nothing changes.
 *
 * <p>On a machine with {@value #SMALL_MACHINE_CORES} cores or fewer C2 stays off for the whole
 * session ({@link #startupDone()}). There C2 goes on compiling JavaFX for a minute and more while
 * events stream in (the CSS engine, layout, the renderer: thousands of methods, each hot in turn),
 * taking about a core from the two that the FX thread and the renderer need (the JIT spent 9-10 s
 * compiling in 10 s of 10,000 events a second). The longest stall of the window was 40-53 ms with
 * C2 on and 36-39 ms with it off, the collector's pauses 27-29 ms against 20-22 ms
 * (docs/gui-bench.md). The engine then runs on C1 code too, slower (about 32,000 events a second
 * against 39,000) but far from any limit.
 */
public final class StartupJit {
    /** At most this many cores: C2 stays off after start-up. */
    static final int SMALL_MACHINE_CORES = 2;
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String BEAN = "com.sun.management:type=DiagnosticCommand";

    private StartupJit() {
    }

    /** Whether C2 stays off after start-up here (see the class comment). */
    public static boolean staysOffAfterStartup() {
        return Runtime.getRuntime().availableProcessors() <= SMALL_MACHINE_CORES;
    }

    /**
     * The window is up: C2 back on, unless this machine is small; returns what happened, in words,
     * for the start-up trace.
     */
    public static String startupDone() {
        if (staysOffAfterStartup()) {
            return "C2 stays off for the session: " + Runtime.getRuntime().availableProcessors()
                    + " cores, which the window and the renderer need more than C2 does";
        }
        return end();
    }

    /** Excludes C2 until {@link #end()}; returns what happened, in words, for the start-up trace. */
    public static String begin() {
        try {
            Path file = Files.createTempFile("bgsim-startup-jit", ".json");
            try {
                Files.writeString(file, DIRECTIVE);
                return "C2 paused for start-up: " + invoke("compilerDirectivesAdd", file.toString()).strip();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | JMException | RuntimeException e) {
            return "C2 left on (no compiler directives: " + e + ")";
        }
    }

    /** Lets C2 compile again (removes the directive {@link #begin()} added). */
    public static String end() {
        try {
            return "C2 back on: " + invoke("compilerDirectivesRemove").strip();
        } catch (JMException | RuntimeException e) {
            return "C2 directive not removed: " + e;
        }
    }

    private static String invoke(String operation, String... arguments) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Object result = server.invoke(new ObjectName(BEAN), operation, new Object[] {arguments},
                new String[] {String[].class.getName()});
        return String.valueOf(result);
    }
}

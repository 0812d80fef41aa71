package dev.bgsim.engine.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.packages.DeclaredTask;
import dev.bgsim.engine.packages.ManifestRegistration;
import dev.bgsim.host.process.TaskJarBuilder;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 3.8 / issue 5: when bgsim is killed with SIGKILL (no shutdown hook runs), its task hosts
 * see their stdin close and exit: no host is left behind. A separate JVM plays bgsim (an engine
 * with a task running in a child host), is killed, and its hosts must vanish.
 */
class BgsimKilledLeavesNoHostTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** The "bgsim" process: an engine whose task sleeps on TaskClock in a child host; says "running" and waits. */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Engine engine = Engine.start(EngineConfig.defaults().withStartPaused(true));
        engine.submit(new Command.LoadPackage(BasicPackage.builder("Killed.Bgsim").codeJars(List.of(jar))
                .classLoader(new URLClassLoader(new URL[] {jar.toUri().toURL()}, BgsimKilledLeavesNoHostTest.class.getClassLoader()))
                .task(new DeclaredTask("demo.Waits", Set.of("systemEvent"), null, false))
                .registration(new ManifestRegistration("Waits", "demo.Waits",
                        new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false), List.of(), false))
                .build())).get(60, TimeUnit.SECONDS);
        engine.submit(new Command.FireByName(null, "Waits", true, null)).get(60, TimeUnit.SECONDS);
        engine.submit(new Command.RunUntil(EngineConfig.DEFAULT_START.plusSeconds(5)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (engine.query(s -> s.instance("Waits", 1).map(i -> i.state().name()).orElse("")).get(60, TimeUnit.SECONDS)
                .equals("RUNNING") == false && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        System.out.println("running " + engine.hostPids());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void killingBgsimWithSigkillLeavesNoHostBehind() throws Exception {
        Path jar = TaskJarBuilder.build(dir, "killed", Map.of("demo.Waits", """
                package demo;
                public class Waits implements dev.bgsim.sdk.BackgroundTask {
                    public void run(dev.bgsim.sdk.BackgroundTaskInstance t) throws Exception {
                        t.getClock().sleep(java.time.Duration.ofHours(1));
                    }
                }
                """));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process bgsim = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BgsimKilledLeavesNoHostTest.class.getName(), jar.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(bgsim.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("running ["), "the bgsim process reports its task running: " + line);
            List<Long> hosts = bgsim.descendants().filter(p -> p.info().commandLine().orElse("").contains("bgsim-host"))
                    .map(ProcessHandle::pid).toList();
            assertFalse(hosts.isEmpty(), "bgsim runs at least one host process");
            bgsim.destroyForcibly();
            assertTrue(bgsim.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
            Instant deadline = Instant.now().plus(WAIT);
            List<Long> alive = hosts;
            while (!alive.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
                alive = alive.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).toList();
            }
            assertEquals(List.of(), alive, "host processes outlived the killed bgsim");
        } finally {
            bgsim.descendants().forEach(ProcessHandle::destroyForcibly);
            bgsim.destroyForcibly();
        }
    }
}

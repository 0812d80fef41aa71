package dev.bgsim.scenario.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.host.process.TaskJarBuilder;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.parse.ScenarioParser;
import dev.bgsim.scenario.report.ScenarioResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, done when: a scenario in which one task halts its host while another task in a
 * different host completes shows TERMINATED for the first, COMPLETED for the second, and bgsim
 * still running. The package is a real jar (read as users' packages are), so its tasks run in
 * child-JVM hosts; the halting task is in a resource group of its own.
 */
class HostCrashScenarioTest {
    @TempDir
    Path dir;

    @Test
    void aTaskHaltingItsHostTakesOnlyThatHostWhileAnotherHostsTaskCompletes() throws Exception {
        Path classes = TaskJarBuilder.build(dir, "crash-classes", Map.of(
                "crash.Halts", """
                        package crash;
                        public class Halts implements dev.bgsim.sdk.BackgroundTask {
                            public void run(dev.bgsim.sdk.BackgroundTaskInstance t) { Runtime.getRuntime().halt(9); }
                        }
                        """,
                "crash.Works", """
                        package crash;
                        import dev.bgsim.sdk.*;
                        public class Works implements BackgroundTask {
                            public void run(BackgroundTaskInstance t) throws Exception {
                                for (int i = 1; i <= 5; i++) {
                                    t.getClock().sleep(java.time.Duration.ofSeconds(1));
                                    t.setProgress(i * 20);
                                }
                                t.getLocalSettings().put("Works", "done");
                            }
                        }
                        """));
        Path jar = withManifest(classes, dir.resolve("host-crash.jar"), """
                {
                  "identity": { "name": "Tests.HostCrash", "version": "1.0.0.0", "publisher": "CN=bgsim tests" },
                  "backgroundTasks": [
                    { "entryPoint": "crash.Halts", "taskTypes": ["pushNotification"], "resourceGroup": "crashers" },
                    { "entryPoint": "crash.Works", "taskTypes": ["pushNotification"] }
                  ],
                  "registrations": [
                    { "name": "Halts", "entryPoint": "crash.Halts", "trigger": { "type": "pushNotification" } },
                    { "name": "Works", "entryPoint": "crash.Works", "trigger": { "type": "pushNotification" } }
                  ]
                }
                """);
        Path scenarioFile = dir.resolve("host-crash.json");
        Files.writeString(scenarioFile, """
                {
                  "name": "One task halts its host; a task in another host completes",
                  "packages": ["host-crash.jar"],
                  "steps": [
                    { "at": "1s", "do": "fire", "registration": "Works" },
                    { "at": "2s", "do": "fire", "registration": "Halts" },
                    { "at": "4s", "expect": { "registration": "Halts", "instance": 1, "state": "TERMINATED" } },
                    { "at": "4s", "expect": { "event": "HostCrashed", "from": "2s", "to": "4s" } },
                    { "at": "4s", "expect": { "host": "Tests.HostCrash/group:crashers", "alive": false } },
                    { "at": "4s", "expect": { "host": "Tests.HostCrash/default", "alive": true } },
                    { "at": "10s", "expect": { "registration": "Works", "instance": 1, "state": "COMPLETED" } },
                    { "at": "10s", "expect": { "localSettings": { "package": "Tests.HostCrash", "key": "Works", "equals": "done" } } },
                    { "at": "11s", "do": "fire", "registration": "Works" },
                    { "at": "20s", "expect": { "registration": "Works", "instance": 2, "state": "COMPLETED" },
                      "comment": "bgsim goes on" }
                  ]
                }
                """);
        Scenario scenario = new ScenarioParser().parse(scenarioFile);
        ScenarioResult result = new ScenarioRunner(RunOptions.standard()).run(scenario, RunListener.NONE);
        assertTrue(result.held(), () -> RunnerScenarios.console(result));
    }

    /** A copy of {@code classesJar} with {@code bgsim-manifest.json} at its root. */
    private static Path withManifest(Path classesJar, Path target, String manifest) throws Exception {
        try (JarFile in = new JarFile(classesJar.toFile()); OutputStream file = Files.newOutputStream(target);
                JarOutputStream out = new JarOutputStream(file)) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                out.putNextEntry(new JarEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("bgsim-manifest.json"));
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return target;
    }
}

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
 * The {@code runIsolated} action (SPEC 3.8): an in-process task runs in bgsim's JVM by default and
 * in a child JVM (the app's isolated process) once its package is set to run isolated; an
 * in-process task outliving its grace period there still terminates the app (SPEC 3.7). The task
 * tells where it runs by a system property only task hosts have.
 */
class IsolatedAppScenarioTest {
    @TempDir
    Path dir;

    @Test
    void anIsolatedPackagesInProcessTaskRunsInAChildJvmAndTheAppStillTerminatesAfterGrace() throws Exception {
        Path classes = TaskJarBuilder.build(dir, "isolated-classes", Map.of("iso.IsolatedApp", """
                package iso;
                import dev.bgsim.sdk.*;
                import java.time.Duration;
                public class IsolatedApp implements App {
                    @Override
                    public void onBackgroundActivated(BackgroundActivatedEventArgs args) {
                        BackgroundTaskInstance t = args.getTaskInstance();
                        String name = t.getTask().getName();
                        String where = System.getProperty("bgsim.host.heartbeatMillis") != null ? "child JVM" : "bgsim's JVM";
                        t.getLocalSettings().put(name, where);
                        try {
                            while (name.equals("Stubborn")) {
                                t.getClock().sleep(Duration.ofSeconds(1));
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
                """));
        Path jar = withManifest(classes, dir.resolve("isolated.jar"), """
                {
                  "identity": { "name": "Tests.Isolated", "version": "1.0.0.0", "publisher": "CN=bgsim tests" },
                  "application": { "id": "App", "entryPoint": "iso.IsolatedApp" },
                  "registrations": [
                    { "name": "Quick", "trigger": { "type": "pushNotification" } },
                    { "name": "Stubborn", "trigger": { "type": "pushNotification" } }
                  ]
                }
                """);
        Path scenarioFile = dir.resolve("isolated.json");
        Files.writeString(scenarioFile, """
                {
                  "name": "In-process tasks of an isolated package run in a child JVM",
                  "packages": ["isolated.jar"],
                  "steps": [
                    { "at": "1s", "do": "fire", "registration": "Quick" },
                    { "at": "3s", "expect": { "registration": "Quick", "instance": 1, "state": "COMPLETED" } },
                    { "at": "3s", "expect": { "localSettings": { "package": "Tests.Isolated", "key": "Quick", "equals": "bgsim's JVM" } } },
                    { "at": "4s", "do": "terminate", "package": "Tests.Isolated" },
                    { "at": "5s", "do": "runIsolated", "package": "Tests.Isolated" },
                    { "at": "6s", "do": "fire", "registration": "Quick" },
                    { "at": "9s", "expect": { "registration": "Quick", "instance": 2, "state": "COMPLETED" } },
                    { "at": "9s", "expect": { "localSettings": { "package": "Tests.Isolated", "key": "Quick", "equals": "child JVM" } } },
                    { "at": "9s", "expect": { "app": "Tests.Isolated", "state": "RUNNING_IN_BACKGROUND" } },
                    { "at": "10s", "do": "fire", "registration": "Stubborn" },
                    { "at": "12s", "expect": { "localSettings": { "package": "Tests.Isolated", "key": "Stubborn", "equals": "child JVM" } } },
                    { "at": "2m", "expect": { "registration": "Stubborn", "instance": 1, "state": "TERMINATED" } },
                    { "at": "2m", "expect": { "app": "Tests.Isolated", "state": "TERMINATED" },
                      "comment": "an in-process task outliving its grace period takes its (isolated) app process down" }
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

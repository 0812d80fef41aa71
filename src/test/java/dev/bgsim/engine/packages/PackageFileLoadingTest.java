package dev.bgsim.engine.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.tasks.CooperativeTask;
import dev.bgsim.pkg.TestPackageBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 2, 3.9: the engine loads, updates and reloads real packages read from files. */
class PackageFileLoadingTest {
    static final String PKG = "Test.Files";
    static final String REGISTRATION = "{ \"name\": \"Mark\", \"entryPoint\": \"tasks.Mark\","
            + " \"trigger\": { \"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\" } }";

    @TempDir
    Path dir;

    /** A package whose task leaves {@code mark} in LocalSettings["mark"]. */
    static TestPackageBuilder marking(String version, String mark) {
        return TestPackageBuilder.named(PKG).version(version)
                .taskWithSource("tasks.Mark", "package tasks;\n"
                        + "public class Mark implements dev.bgsim.sdk.BackgroundTask {\n"
                        + "  @Override public void run(dev.bgsim.sdk.BackgroundTaskInstance task) {\n"
                        + "    task.getLocalSettings().put(\"mark\", \"" + mark + "\");\n"
                        + "  }\n}\n", "systemEvent")
                .registration(REGISTRATION);
    }

    @Test
    void loadedJarCreatesItsManifestRegistrationsAndRunsItsCode() {
        Path jar = marking("1.0.0.0", "v1").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            CommandResult r = h.ok(new Command.LoadPackageFile(jar));
            assertTrue(r.message().startsWith("loaded Test.Files 1.0.0.0 from "), r.message());
            Events.PackageRead read = h.events("PackageRead").get(0).payloadAs(Events.PackageRead.class);
            assertEquals("JAR_WITH_MANIFEST", read.form());
            assertEquals(1, h.events("PackageLoaded").size());
            h.fire("Mark");
            h.runFor(java.time.Duration.ofSeconds(1));
            h.awaitState("Mark", 1, InstanceState.COMPLETED);
            h.awaitSetting("mark", "v1");
        }
    }

    @Test
    void aManifestRegistrationsNetworkRequestedReachesTheBroker() {
        Path jar = TestPackageBuilder.named(PKG).version("1.0.0.0")
                .taskWithSource("tasks.Mark", "package tasks;\n"
                        + "public class Mark implements dev.bgsim.sdk.BackgroundTask {\n"
                        + "  @Override public void run(dev.bgsim.sdk.BackgroundTaskInstance task) { }\n}\n", "systemEvent")
                .registration(REGISTRATION.replace("\"name\": \"Mark\",", "\"name\": \"Mark\", \"networkRequested\": true,"))
                .buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(jar));
            assertTrue(h.events("RegistrationAdded").get(0).payloadAs(Events.RegistrationAdded.class).networkRequested());
        }
    }

    @Test
    void packageWithErrorsIsRefusedWithFileLineAndColumn() {
        Path jar = TestPackageBuilder.named(PKG).manifestJson("{\n  \"identity\": { \"name\": \"Test.Files\", \"version\": \"1.0\" },\n"
                + "  \"backgroundTasks\": [ { \"entryPoint\": \"tasks.Nope\", \"taskTypes\": [\"sytemEvent\"] } ]\n}\n").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            CommandResult r = h.run(new Command.LoadPackageFile(jar));
            assertFalse(r.ok());
            assertTrue(r.message().startsWith("cannot load " + jar), r.message());
            assertTrue(r.message().contains("Test.Files.jar!/bgsim-manifest.json:3:"), r.message());
            assertTrue(r.message().contains("error: unknown task type"), r.message());
            Events.PackageRefused refused = h.events("PackageRefused").get(0).payloadAs(Events.PackageRefused.class);
            assertEquals("LOAD", refused.action());
            assertTrue(refused.diagnostics().get(0).contains("error:"), refused.diagnostics().toString());
            assertTrue(h.events("PackageLoaded").isEmpty());
        }
    }

    @Test
    void missingFileIsRefusedNamingIt() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            CommandResult r = h.run(new Command.LoadPackageFile(dir.resolve("nothing.jar")));
            assertFalse(r.ok());
            assertTrue(r.message().contains("nothing.jar does not exist"), r.message());
        }
    }

    @Test
    void secondPackageWithTheSameIdentityNameIsRefusedAndTheFirstStays() throws Exception {
        Path first = marking("1.0.0.0", "first").buildJar(dir, "first.jar");
        Path second = marking("2.0.0.0", "second").buildJar(dir, "second.jar");
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(first));
            CommandResult r = h.run(new Command.LoadPackageFile(second));
            assertFalse(r.ok());
            assertTrue(r.message().contains("already loaded from " + first.toRealPath()), r.message());
            h.fire("Mark");
            h.runFor(java.time.Duration.ofSeconds(1));
            h.awaitSetting("mark", "first");
        }
    }

    @Test
    void packageBuiltInCodeAndOneFromAFileCannotShareAName() {
        Path jar = marking("1.0.0.0", "v1").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).task(CooperativeTask.class, "systemEvent").build());
            CommandResult r = h.run(new Command.LoadPackageFile(jar));
            assertFalse(r.ok());
            assertTrue(r.message().contains("already loaded"), r.message());
        }
    }

    @Test
    void commandsSubmittedAfterALoadWaitForIt() throws Exception {
        Path jar = marking("1.0.0.0", "v1").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            CompletableFuture<?> load = h.engine().submit(new Command.LoadPackageFile(jar));
            CompletableFuture<? extends CommandResult> fire = h.engine().submit(new Command.FireByName(PKG, "Mark", false, null));
            CompletableFuture<Integer> regs = h.engine().query(s -> s.registrations().size());
            assertTrue(fire.get(30, TimeUnit.SECONDS).ok(), fire.get().message());
            assertEquals(1, regs.get(30, TimeUnit.SECONDS));
            assertTrue(load.isDone());
        }
    }

    @Test
    void updateFromANewJarKeepsRegistrationsAndRunsTheNewCode() {
        Path v1 = marking("1.0.0.0", "v1").buildJar(dir, "v1.jar");
        Path v2 = marking("1.1.0.0", "v2").buildJar(dir, "v2.jar");
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(v1));
            UUID before = h.snapshot().registration("Mark").orElseThrow().taskId();
            CommandResult r = h.ok(new Command.UpdatePackageFile(v2));
            assertTrue(r.message().contains("from 1.0.0.0 to 1.1.0.0"), r.message());
            assertEquals(before, h.snapshot().registration("Mark").orElseThrow().taskId(), "registrations are kept");
            assertEquals(1, h.events("PackageUpdated").size());
            h.ok(new Command.SetAccessRequested(PKG, true)); // an update resets access (SPEC 3.9)
            h.fire("Mark");
            h.runFor(java.time.Duration.ofSeconds(1));
            h.awaitSetting("mark", "v2");
        }
    }

    @Test
    void updateToALowerVersionIsRefusedWithAnEvent() {
        Path v2 = marking("2.0.0.0", "v2").buildJar(dir, "v2.jar");
        Path v1 = marking("1.0.0.0", "v1").buildJar(dir, "v1.jar");
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(v2));
            CommandResult r = h.run(new Command.UpdatePackageFile(v1));
            assertFalse(r.ok());
            assertTrue(r.message().contains("lower than the installed 2.0.0.0"), r.message());
            assertEquals("UPDATE", h.events("PackageRefused").get(0).payloadAs(Events.PackageRefused.class).action());
        }
    }

    @Test
    void updateOfAPackageThatIsNotLoadedIsRefused() {
        Path v1 = marking("1.0.0.0", "v1").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            CommandResult r = h.run(new Command.UpdatePackageFile(v1));
            assertFalse(r.ok());
            assertTrue(r.message().contains("no package named Test.Files is loaded"), r.message());
        }
    }

    @Test
    void reloadWithChangedFilesAndTheSameVersionIsAnUpdate() {
        Path jar = marking("1.0.0.0", "v1").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(jar));
            marking("1.0.0.0", "rebuilt").buildJar(dir);
            CommandResult r = h.ok(new Command.ReloadPackage(PKG));
            assertTrue(r.message().contains("updated Test.Files from 1.0.0.0 to 1.0.0.0"), r.message());
            h.ok(new Command.SetAccessRequested(PKG, true));
            h.fire("Mark");
            h.runFor(java.time.Duration.ofSeconds(1));
            h.awaitSetting("mark", "rebuilt");
        }
    }

    @Test
    void reloadWithNothingChangedIsRefused() {
        Path jar = marking("1.0.0.0", "v1").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(jar));
            CommandResult r = h.run(new Command.ReloadPackage(PKG));
            assertFalse(r.ok());
            assertTrue(r.message().contains("nothing to update"), r.message());
        }
    }

    @Test
    void reloadOfAPackageBuiltInCodeOrUnknownIsRefused() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.load(BasicPackage.builder(PKG).task(CooperativeTask.class, "systemEvent").build());
            assertTrue(h.run(new Command.ReloadPackage(PKG)).message().contains("was not loaded from a file"));
            assertTrue(h.run(new Command.ReloadPackage("Nope")).message().contains("no package named Nope is loaded"));
        }
    }

    @Test
    void uninstalledPackageCanBeLoadedAgain() {
        Path jar = marking("1.0.0.0", "v1").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(jar));
            h.ok(new Command.UninstallPackage(PKG));
            h.ok(new Command.LoadPackageFile(jar));
        }
    }

    @Test
    void userJarIsNotHeldOpenSoItCanBeRebuiltWhileLoaded() throws Exception {
        Path jar = marking("1.0.0.0", "v1").buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(jar));
            var adapter = h.query(s -> s.registrations().size());
            assertEquals(1, adapter);
            Files.delete(jar);
            assertFalse(Files.exists(jar));
            h.fire("Mark");
            h.runFor(java.time.Duration.ofSeconds(1));
            h.awaitSetting("mark", "v1");
        }
    }

    @Test
    void appxManifestWithACodeJarLoads() throws Exception {
        Path code = TestPackageBuilder.named("code").task("tasks.Tick", "timer").withoutManifest().buildJar(dir, "code.jar");
        Path appx = dir.resolve("Package.appxmanifest");
        Files.writeString(appx, "<Package xmlns=\"http://schemas.microsoft.com/appx/manifest/foundation/windows10\">\n"
                + "  <Identity Name=\"Test.Appx\" Version=\"1.2.0.0\" Publisher=\"CN=t\"/>\n"
                + "  <Properties><DisplayName>t</DisplayName></Properties>\n"
                + "  <Applications><Application Id=\"App\" EntryPoint=\"CSharp.App\"><Extensions>\n"
                + "    <Extension Category=\"windows.backgroundTasks\" EntryPoint=\"tasks.Tick\">\n"
                + "      <BackgroundTasks><Task Type=\"timer\"/></BackgroundTasks></Extension>\n"
                + "  </Extensions></Application></Applications>\n</Package>\n");
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(appx, code));
            Events.PackageLoaded loaded = h.events("PackageLoaded").get(0).payloadAs(Events.PackageLoaded.class);
            assertEquals("1.2.0.0", loaded.version());
            assertEquals(null, loaded.appEntryPoint(), "the C# app class is not in the Java code: no app to launch");
            assertEquals(1, loaded.declaredTasks());
            h.ok(new Command.SetAccessRequested("Test.Appx", true));
            var reg = new dev.bgsim.engine.broker.RegistrationRequest("Test.Appx", "Tick", "tasks.Tick",
                    new dev.bgsim.sdk.TimeTrigger(15, false), java.util.List.of(), false, null, "USER");
            h.ok(new Command.Register(reg));
            h.ok(new Command.FireByName("Test.Appx", "Tick", true, null));
            h.runFor(java.time.Duration.ofSeconds(1));
            h.awaitState("Tick", 1, InstanceState.COMPLETED);
        }
    }

    @Test
    void manifestRegistrationGroupIsCarried() {
        Path jar = TestPackageBuilder.named(PKG).task("tasks.G", "systemEvent")
                .registration("{ \"name\": \"G\", \"entryPoint\": \"tasks.G\", \"group\": { \"id\": \"g1\", \"name\": \"Group one\" },"
                        + " \"trigger\": { \"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\" } }")
                .buildJar(dir);
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(jar));
            Events.RegistrationAdded added = h.events("RegistrationAdded").get(0).payloadAs(Events.RegistrationAdded.class);
            assertEquals("g1", added.group());
            assertEquals("MANIFEST", added.origin());
        }
    }

    @Test
    void bundledSamplesAllLoadIntoOneEngineAndTheOfficialSampleAppLaunches() {
        var found = dev.bgsim.pkg.BundledSamples.ofApplication(dir).locate(null);
        assertEquals(4, found.jars().size(), found.toString());
        try (EngineHarness h = EngineHarness.start("desktop")) {
            for (Path jar : found.jars()) {
                h.ok(new Command.LoadPackageFile(jar));
            }
            h.ok(new Command.AppCommand("Samples.BackgroundTask", dev.bgsim.engine.app.AppAction.LAUNCH));
            h.await("the app registers SampleBackgroundTask", s -> s.registration("SampleBackgroundTask").isPresent());
            h.fire("SampleBackgroundTask");
            h.runFor(java.time.Duration.ofSeconds(15));
            h.awaitState("SampleBackgroundTask", 1, InstanceState.COMPLETED);
        }
    }

    @Test
    void officialSampleLoadsFromItsAppxManifestWithTheSameTasks() {
        Path appx = Path.of("sample-tasks/official-sample/appx/Package.appxmanifest");
        Path jar = Path.of("sample-tasks/official-sample/target/official-sample.jar");
        try (EngineHarness fromAppx = EngineHarness.start("desktop"); EngineHarness fromJar = EngineHarness.start("desktop")) {
            fromAppx.ok(new Command.LoadPackageFile(appx));
            fromJar.ok(new Command.LoadPackageFile(jar));
            assertEquals(fromJar.events("PackageLoaded").get(0).payload(), fromAppx.events("PackageLoaded").get(0).payload());
            assertEquals("APPX_MANIFEST", fromAppx.events("PackageRead").get(0).payloadAs(Events.PackageRead.class).form());
        }
    }
}

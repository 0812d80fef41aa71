package dev.bgsim.pkg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.bgsim.pkg.ManifestFixtures.assertAt;
import static dev.bgsim.pkg.ManifestFixtures.assertLoaded;
import static dev.bgsim.pkg.ManifestFixtures.assertRefused;
import static dev.bgsim.pkg.ManifestFixtures.only;
import static dev.bgsim.pkg.ManifestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three package forms with real code, and the checks of code jars and entry point classes. */
class PackageLoaderTest {
    private final PackageLoader loader = new PackageLoader();

    @TempDir
    Path dir;

    /** The task classes the uap-hosts fixture declares, in a plain code jar. */
    private Path hostPlacementsCode(String fileName) {
        return TestPackageBuilder.named("Fixtures.HostPlacements").withoutManifest()
                .source("Tasks.SampleBackgroundTask", TestPackageBuilder.taskSource("Tasks.SampleBackgroundTask"))
                .source("Tasks.AppTriggerTask", TestPackageBuilder.taskSource("Tasks.AppTriggerTask"))
                .source("Tasks.TimerTask", TestPackageBuilder.taskSource("Tasks.TimerTask"))
                .source("Tasks.Transcode", TestPackageBuilder.taskSource("Tasks.Transcode"))
                .source("Tasks.UpdateTask", TestPackageBuilder.taskSource("Tasks.UpdateTask"))
                .buildJar(dir, fileName);
    }

    private Path copyOfHostPlacementsManifest() throws Exception {
        return Files.copy(ManifestFixtures.resource("uap-hosts.appxmanifest"), dir.resolve("Package.appxmanifest"));
    }

    @Test
    void jarWithManifestLoadsWithItselfAsCode() {
        Path jar = TestPackageBuilder.named("Samples.Jar").task("tasks.Tick", "timer").buildJar(dir);
        PackageLoadResult result = loader.load(jar);
        assertLoaded(result);
        BgsimPackage pkg = result.loadedPackage().orElseThrow();
        assertEquals(PackageForm.JAR_WITH_MANIFEST, pkg.source().form());
        assertEquals(List.of(jar.toAbsolutePath().normalize()), pkg.source().codeJars());
        assertEquals(CodeOrigin.PACKAGE_JAR, pkg.source().codeOrigin());
        assertEquals(jar + "!/bgsim-manifest.json", pkg.source().manifest().toString());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void jsonManifestLoadsTheJarsItListsRelativeToItself() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        TestPackageBuilder.named("Samples.Json").withoutManifest().source("tasks.Tick", TestPackageBuilder.taskSource("tasks.Tick"))
                .buildJar(dir.resolve("lib"), "tasks.jar");
        Path manifest = write(dir, "bgsim-manifest.json", """
                { "identity": { "name": "Samples.Json", "version": "1.0.0.0" },
                  "code": ["lib/tasks.jar"],
                  "backgroundTasks": [ { "entryPoint": "tasks.Tick", "taskTypes": ["timer"] } ] }
                """);
        PackageLoadResult result = loader.load(manifest);
        assertLoaded(result);
        assertEquals(List.of(dir.resolve("lib/tasks.jar")), result.loadedPackage().orElseThrow().source().codeJars());
        assertEquals(CodeOrigin.MANIFEST_CODE_LIST, result.loadedPackage().orElseThrow().source().codeOrigin());
    }

    @Test
    void appxManifestLoadsWithTheCodeOption() throws Exception {
        Path code = hostPlacementsCode("code.jar");
        PackageLoadResult result = loader.load(copyOfHostPlacementsManifest(), code);
        assertLoaded(result);
        assertEquals(CodeOrigin.CODE_OPTION, result.loadedPackage().orElseThrow().source().codeOrigin());
        assertEquals(List.of(Severity.INFO), result.diagnostics().stream().map(Diagnostic::severity).toList());
    }

    @Test
    void appxManifestLoadsWithABgsimCodeFile() throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        Path code = hostPlacementsCode("bin/tasks.jar");
        write(dir, PackageLoader.BGSIM_CODE_FILE, "# the Java port of the tasks\nbin/tasks.jar\n");
        PackageLoadResult result = loader.load(copyOfHostPlacementsManifest());
        assertLoaded(result);
        assertEquals(List.of(code), result.loadedPackage().orElseThrow().source().codeJars());
        assertEquals(CodeOrigin.BGSIM_CODE_FILE, result.loadedPackage().orElseThrow().source().codeOrigin());
    }

    @Test
    void appxManifestWithoutCodeLoadsForItsDeclarationsAndSaysSo() throws Exception {
        PackageLoadResult result = loader.load(copyOfHostPlacementsManifest());
        assertLoaded(result);
        assertFalse(result.loadedPackage().orElseThrow().source().hasCode());
        Diagnostic note = only(result, Severity.INFO, "no code");
        assertTrue(note.message().contains("entry point classes are not checked"));
        assertTrue(note.hint().contains("--code JAR"));
    }

    @Test
    void emptyBgsimCodeFileIsAnError() throws Exception {
        write(dir, PackageLoader.BGSIM_CODE_FILE, "\n# nothing\n");
        PackageLoadResult result = loader.load(copyOfHostPlacementsManifest());
        assertRefused(result);
        assertTrue(only(result, Severity.ERROR, "names no jar").location().file().endsWith(PackageLoader.BGSIM_CODE_FILE));
    }

    @Test
    void missingCodeJarIsAnErrorWhereItIsNamed() {
        Path manifest = write(dir, "bgsim-manifest.json", """
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "code": ["tasks.jar", "missing.jar"] }
                """);
        TestPackageBuilder.named("A").withoutManifest().buildJar(dir, "tasks.jar");
        PackageLoadResult result = loader.load(manifest);
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "code jar " + dir.resolve("missing.jar") + " does not exist");
        assertAt(2, 25, error);
    }

    @Test
    void missingCodeOptionJarIsAnError() throws Exception {
        PackageLoadResult result = loader.load(copyOfHostPlacementsManifest(), dir.resolve("nope.jar"));
        assertRefused(result);
        assertEquals("--code " + dir.resolve("nope.jar"), only(result, Severity.ERROR, "does not exist").location().file());
    }

    @Test
    void corruptJarIsRefusedWithItsName() {
        Path jar = TestJars.corrupt(dir.resolve("broken.jar"));
        PackageLoadResult result = loader.load(jar);
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "corrupt jar " + jar);
        assertEquals(jar.toString(), error.location().file());
    }

    @Test
    void corruptCodeJarOfAManifestIsRefusedWithItsName() throws Exception {
        TestJars.corrupt(dir.resolve("code.jar"));
        PackageLoadResult result = loader.load(copyOfHostPlacementsManifest(), dir.resolve("code.jar"));
        assertRefused(result);
        only(result, Severity.ERROR, "corrupt jar " + dir.resolve("code.jar"));
        only(result, Severity.INFO, "not checked because a code jar was refused");
    }

    @Test
    void jarEntryEscapingTheRootIsRefused() {
        Path jar = TestJars.zipSlip(dir.resolve("slip.jar"), "Slip");
        PackageLoadResult result = loader.load(jar);
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "jar entry \"../evil.class\" points outside the jar");
        assertEquals(jar + "!/../evil.class", error.location().toString());
    }

    @Test
    void jarWithoutManifestIsRefused() {
        Path jar = TestPackageBuilder.named("A").withoutManifest().buildJar(dir, "plain.jar");
        assertTrue(only(loader.load(jar), Severity.ERROR, "has no bgsim-manifest.json at its root").hint().contains("code is this jar"));
    }

    @Test
    void missingEntryPointClassIsAnErrorAtTheEntryPoint() {
        Path jar = TestPackageBuilder.named("A").manifestJson("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "tasks.Missing", "taskTypes": ["timer"] } ] }
                """).buildJar(dir);
        PackageLoadResult result = loader.load(jar);
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "task class tasks.Missing is not in the code (" + jar + ")");
        assertEquals(jar + "!/bgsim-manifest.json:2:40", error.location().toString());
        assertTrue(error.hint().contains("tasks/Missing.class"), error.hint());
    }

    @Test
    void entryPointClassThatIsNotPublicIsAnError() {
        Path jar = TestPackageBuilder.named("A")
                .taskWithSource("tasks.Hidden", "package tasks; class Hidden implements dev.bgsim.sdk.BackgroundTask {"
                        + " public Hidden() { } public void run(dev.bgsim.sdk.BackgroundTaskInstance i) { } }", "timer")
                .buildJar(dir);
        Diagnostic error = only(loader.load(jar), Severity.ERROR, "is not public");
        assertTrue(error.message().contains("tasks.Hidden (tasks/Hidden.class in A.jar)"), error.message());
        assertEquals("declare it 'public class Hidden' so bgsim can create it", error.hint());
    }

    @Test
    void entryPointClassWithoutPublicNoArgumentConstructorIsAnError() {
        Path jar = TestPackageBuilder.named("A")
                .taskWithSource("tasks.NeedsArg", "package tasks; public class NeedsArg implements dev.bgsim.sdk.BackgroundTask {"
                        + " public NeedsArg(String s) { } public void run(dev.bgsim.sdk.BackgroundTaskInstance i) { } }", "timer")
                .buildJar(dir);
        Diagnostic error = only(loader.load(jar), Severity.ERROR, "has no public no-argument constructor");
        assertEquals("add 'public NeedsArg() { }'; bgsim creates a new object for every activation", error.hint());
    }

    @Test
    void entryPointClassNotImplementingBackgroundTaskIsAnError() {
        Path jar = TestPackageBuilder.named("A")
                .taskWithSource("tasks.Plain", "package tasks; public class Plain implements Runnable { public void run() { } }", "timer")
                .buildJar(dir);
        Diagnostic error = only(loader.load(jar), Severity.ERROR, "does not implement dev.bgsim.sdk.BackgroundTask");
        assertTrue(error.hint().contains("implements BackgroundTask"), error.hint());
    }

    @Test
    void abstractEntryPointClassIsAnError() {
        Path jar = TestPackageBuilder.named("A")
                .taskWithSource("tasks.Base", "package tasks; public abstract class Base implements dev.bgsim.sdk.BackgroundTask { }", "timer")
                .buildJar(dir);
        only(loader.load(jar), Severity.ERROR, "tasks.Base (tasks/Base.class in A.jar) is abstract");
    }

    @Test
    void updateTaskClassIsCheckedToo() {
        Path jar = TestPackageBuilder.named("A").manifestJson("""
                { "identity": { "name": "A", "version": "1.0.0.0" }, "updateTask": { "entryPoint": "tasks.Update" } }
                """).buildJar(dir);
        assertAt(1, 84, only(loader.load(jar), Severity.ERROR, "update task class tasks.Update is not in the code"));
    }

    @Test
    void entryPointClassesAreCheckedWithoutRunningTheirStaticInitialisers() {
        Path jar = TestPackageBuilder.named("A")
                .taskWithSource("tasks.Explodes", "package tasks; public class Explodes implements dev.bgsim.sdk.BackgroundTask {"
                        + " static { if (true) throw new IllegalStateException(\"initialised\"); }"
                        + " public void run(dev.bgsim.sdk.BackgroundTaskInstance i) { } }", "timer")
                .buildJar(dir);
        assertLoaded(loader.load(jar));
    }

    @Test
    void allEntryPointProblemsAreReportedTogether() {
        Path jar = TestPackageBuilder.named("A")
                .task("tasks.Good", "timer")
                .taskWithSource("tasks.Plain", "package tasks; public class Plain { }", "timer")
                .manifestJson("""
                        { "identity": { "name": "A", "version": "1.0.0.0" },
                          "backgroundTasks": [ { "entryPoint": "tasks.Good", "taskTypes": ["timer"] },
                                               { "entryPoint": "tasks.Plain", "taskTypes": ["timer"] },
                                               { "entryPoint": "tasks.Gone", "taskTypes": ["timer"] } ] }
                        """)
                .buildJar(dir);
        PackageLoadResult result = loader.load(jar);
        assertEquals(2, result.errors().size(), ManifestFixtures.describe(result.diagnostics()));
    }

    @Test
    void appClassOfABgsimManifestMustExist() {
        Path jar = TestPackageBuilder.named("A").task("tasks.T").manifestJson("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "application": { "id": "App", "entryPoint": "app.Missing" } }
                """).buildJar(dir);
        assertAt(2, 47, only(loader.load(jar), Severity.ERROR, "app class app.Missing is not in the code"));
    }

    @Test
    void appClassMustImplementApp() {
        Path jar = TestPackageBuilder.named("A").source("app.Main", "package app; public class Main { }").manifestJson("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "application": { "id": "App", "entryPoint": "app.Main" } }
                """).buildJar(dir);
        Diagnostic error = only(loader.load(jar), Severity.ERROR, "app class app.Main (app/Main.class in A.jar) does not implement dev.bgsim.sdk.App");
        assertEquals("declare 'public class Main implements App'", error.hint());
    }

    @Test
    void validAppClassLoads() {
        Path jar = TestPackageBuilder.named("A").source("app.Main", "package app; public class Main implements dev.bgsim.sdk.App { }")
                .manifestJson("""
                        { "identity": { "name": "A", "version": "1.0.0.0" },
                          "application": { "id": "App", "entryPoint": "app.Main" } }
                        """).buildJar(dir);
        assertLoaded(loader.load(jar));
    }

    @Test
    void appxAppClassWithoutAJavaPortIsANote() throws Exception {
        PackageLoadResult result = loader.load(copyOfHostPlacementsManifest(), hostPlacementsCode("code.jar"));
        assertLoaded(result);
        Diagnostic note = only(result, Severity.INFO, "app class Fixtures.App is not in the code");
        assertTrue(note.hint().contains("declared tasks still run"));
    }

    @Test
    void folderWithAManifestIsLoaded() throws Exception {
        Files.copy(ManifestFixtures.resource("uap-hosts.appxmanifest"), dir.resolve("Package.appxmanifest"));
        PackageLoadResult result = loader.load(dir);
        assertLoaded(result);
        assertEquals(dir.resolve("Package.appxmanifest"), result.loadedPackage().orElseThrow().source().path());
    }

    @Test
    void fileThatIsNoPackageIsRefused() {
        Path notes = write(dir, "notes.txt", "hello");
        assertTrue(only(loader.load(notes), Severity.ERROR, "is not a package").hint().contains("bgsim-manifest.json"));
    }

    @Test
    void missingFileIsRefused() {
        PackageLoadResult result = loader.load(dir.resolve("nothing.jar"));
        assertRefused(result);
        only(result, Severity.ERROR, "does not exist");
    }

    @Test
    void refusedLoadThrowsWithEveryDiagnostic() {
        PackageLoadResult result = loader.load(dir.resolve("nothing.jar"));
        PackageLoadException e = org.junit.jupiter.api.Assertions.assertThrows(PackageLoadException.class, result::orElseThrow);
        assertEquals(result.diagnostics(), e.diagnostics());
        assertTrue(e.getMessage().contains("does not exist"));
        assertNull(result.loadedPackage().orElse(null));
    }
}

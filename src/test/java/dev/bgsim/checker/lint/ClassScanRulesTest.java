package dev.bgsim.checker.lint;

import dev.bgsim.checker.SampleJars;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.PackageLoader;
import dev.bgsim.pkg.TestPackageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The static rules that read class files: canceled listeners, windows, and the ServicingComplete task. */
class ClassScanRulesTest {
    @TempDir
    Path dir;

    private static final String SLEEPS = """
            package t;
            public class Sleeper implements dev.bgsim.sdk.BackgroundTask {
                public void run(dev.bgsim.sdk.BackgroundTaskInstance task) throws InterruptedException {
                    task.getClock().sleep(java.time.Duration.ofSeconds(5));
                }
            }
            """;
    private static final String LISTENS_IN_BASE = """
            package t;
            public abstract class Base implements dev.bgsim.sdk.BackgroundTask {
                protected volatile boolean canceled;
                protected void listen(dev.bgsim.sdk.BackgroundTaskInstance task) {
                    task.addCanceledListener((sender, reason) -> canceled = true);
                }
            }
            """;
    private static final String SLEEPS_AFTER_BASE_LISTENS = """
            package t;
            public class Careful extends Base {
                public void run(dev.bgsim.sdk.BackgroundTaskInstance task) throws InterruptedException {
                    listen(task);
                    task.getClock().sleep(java.time.Duration.ofSeconds(5));
                }
            }
            """;
    private static final String DEFERS_IN_LAMBDA = """
            package t;
            public class Deferring implements dev.bgsim.sdk.BackgroundTask {
                public void run(dev.bgsim.sdk.BackgroundTaskInstance task) {
                    Runnable r = () -> task.getDeferral();
                    r.run();
                }
            }
            """;
    private static final String OPENS_FRAME = """
            package t;
            public class Window implements dev.bgsim.sdk.BackgroundTask {
                public void run(dev.bgsim.sdk.BackgroundTaskInstance task) {
                    new java.awt.Frame("hello").setVisible(true);
                }
            }
            """;

    private List<Diagnostic> lint(TestPackageBuilder builder) throws Exception {
        return GuidelineLint.standard().check(new PackageLoader().load(builder.buildJar(dir)).orElseThrow());
    }

    private static List<String> ids(List<Diagnostic> found) {
        return found.stream().map(Diagnostic::ruleId).toList();
    }

    @Test
    void taskThatSleepsWithoutACanceledListenerIsNamedAtItsDeclaration() throws Exception {
        List<Diagnostic> found = lint(TestPackageBuilder.named("S").taskWithSource("t.Sleeper", SLEEPS, "systemEvent"));
        assertEquals(List.of("BG101"), ids(found), found::toString);
        assertTrue(found.get(0).message().equals("task t.Sleeper calls TaskClock.sleep but never adds a canceled listener: "
                + "it cannot hear a cancellation"), found::toString);
        assertTrue(found.get(0).location().hasPosition(), found::toString);
    }

    @Test
    void listenerAddedInASuperclassOfThePackageCounts() throws Exception {
        List<Diagnostic> found = lint(TestPackageBuilder.named("C").source("t.Base", LISTENS_IN_BASE)
                .taskWithSource("t.Careful", SLEEPS_AFTER_BASE_LISTENS, "systemEvent"));
        assertEquals(List.of(), found);
    }

    @Test
    void deferralTakenInALambdaCountsAsTakingTime() throws Exception {
        List<Diagnostic> found = lint(TestPackageBuilder.named("D").taskWithSource("t.Deferring", DEFERS_IN_LAMBDA, "systemEvent"));
        assertEquals(List.of("BG101"), ids(found), found::toString);
    }

    @Test
    void shortSynchronousTaskNeedsNoListener() throws Exception {
        assertEquals(List.of(), lint(TestPackageBuilder.named("Q").task("t.Quick", "systemEvent")));
    }

    @Test
    void taskThatOpensAFrameIsAnError() throws Exception {
        List<Diagnostic> found = lint(TestPackageBuilder.named("W").taskWithSource("t.Window", OPENS_FRAME, "systemEvent"));
        assertEquals(List.of("BG110"), ids(found), found::toString);
        assertTrue(found.get(0).isError());
        assertTrue(found.get(0).message().contains("uses java.awt.Frame"), found::toString);
    }

    @Test
    void appThatRegistersTasksWithoutServicingCompleteIsWarned() throws Exception {
        String app = "package a; public class TheApp implements dev.bgsim.sdk.App { }";
        TestPackageBuilder builder = TestPackageBuilder.named("NoServicing").source("a.TheApp", app).task("t.Quick", "systemEvent")
                .manifestJson("""
                        { "identity": { "name": "NoServicing", "version": "1.0.0.0" },
                          "application": { "id": "App", "entryPoint": "a.TheApp" },
                          "backgroundTasks": [ { "entryPoint": "t.Quick", "taskTypes": ["systemEvent"] } ] }
                        """);
        List<Diagnostic> found = lint(builder);
        assertEquals(List.of("BG205"), ids(found), found::toString);
    }

    @Test
    void appCodeUsingServicingCompleteSatisfiesTheRule() throws Exception {
        String app = """
                package a;
                public class TheApp implements dev.bgsim.sdk.App {
                    static final Object TRIGGER = new dev.bgsim.sdk.SystemTrigger(dev.bgsim.sdk.SystemTriggerType.SERVICING_COMPLETE, false);
                }
                """;
        TestPackageBuilder builder = TestPackageBuilder.named("Servicing").source("a.TheApp", app).task("t.Quick", "systemEvent")
                .manifestJson("""
                        { "identity": { "name": "Servicing", "version": "1.0.0.0" },
                          "application": { "id": "App", "entryPoint": "a.TheApp" },
                          "backgroundTasks": [ { "entryPoint": "t.Quick", "taskTypes": ["systemEvent"] } ] }
                        """);
        assertEquals(List.of(), lint(builder));
    }

    @Test
    void officialSampleHasNoStaticFinding() throws Exception {
        List<Diagnostic> found = GuidelineLint.standard().check(new PackageLoader().load(SampleJars.of("official-sample")).orElseThrow());
        assertEquals(List.of(), found);
    }

    @Test
    void galleryPitfallsAreFoundInTheirClassesAndTheTwinsAreNot() throws Exception {
        List<Diagnostic> found = GuidelineLint.standard().check(new PackageLoader().load(SampleJars.of("cancellation-gallery")).orElseThrow());
        List<String> lines = found.stream().map(d -> d.ruleId() + " " + d.message()).toList();
        assertTrue(lines.contains("BG101 task gallery.IgnoresCancellation calls TaskClock.sleep but never adds a canceled listener: "
                + "it cannot hear a cancellation"), lines::toString);
        assertTrue(lines.contains("BG110 task gallery.OpensWindow uses java.awt.Frame: a background task cannot show a window"), lines::toString);
        for (String twin : List.of("HonorsCancellation", "ShowsToast", "DeferralCompleted", "AsyncWorkWithDeferral", "CompletesDeferralOnce",
                "ReportsItsFailure", "ReturnsInsteadOfExiting", "StaysWithinQuota", "WorksInSlices")) {
            assertTrue(lines.stream().noneMatch(l -> l.contains("gallery." + twin + " ")), () -> twin + " in " + lines);
        }
    }
}

package dev.bgsim.checker;

import dev.bgsim.engine.app.AppAction;
import dev.bgsim.engine.app.AppState;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The done-when of the checker: every pitfall of the cancellation gallery (and its two sister
 * samples) run on the engine triggers its rule, and its correct twin, run the same way, triggers
 * no finding at all. One test per rule.
 */
class GalleryFindingsTest {
    private static final String GALLERY = "cancellation-gallery";

    private static List<Finding> gallery(Consumer<EngineHarness> script) {
        return SampleRun.findings("desktop", GALLERY, script);
    }

    /** Fires the registration and lets {@code seconds} of simulated time pass. */
    private static List<Finding> fired(String registration, int seconds) {
        return gallery(h -> {
            h.fire(registration);
            h.runFor(Duration.ofSeconds(seconds));
        });
    }

    private static void assertRaises(List<Finding> findings, String ruleId, String subject) {
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(ruleId) && f.subject().equals(subject)),
                () -> "expected " + ruleId + " on " + subject + ", got:\n" + SampleRun.describe(findings));
    }

    private static void assertNone(List<Finding> findings) {
        assertEquals(List.of(), findings, () -> "the correct twin raised:\n" + SampleRun.describe(findings));
    }

    @Test
    void deferralNeverCompletedOfflineIsBG103AndTheTwinIsClean() {
        Consumer<EngineHarness> offline = h -> h.device(d -> d.withInternet(false));
        List<Finding> bad = gallery(offline.andThen(h -> {
            h.fire("DeferralNeverCompleted");
            h.runFor(Duration.ofSeconds(45));
            h.awaitState("DeferralNeverCompleted", 1, InstanceState.TERMINATED);
        }));
        assertRaises(bad, "BG103", "DeferralNeverCompleted#1");
        assertNone(gallery(offline.andThen(h -> {
            h.fire("DeferralCompleted");
            h.runFor(Duration.ofSeconds(45));
        })));
    }

    @Test
    void asyncWorkWithoutDeferralIsBG102AndTheTwinIsClean() {
        assertRaises(fired("AsyncWorkWithoutDeferral", 5), "BG102", "AsyncWorkWithoutDeferral#1");
        assertNone(fired("AsyncWorkWithDeferral", 5));
    }

    private static List<Finding> cancelledByHand(String registration) {
        return gallery(h -> {
            h.fire(registration);
            h.runFor(Duration.ofSeconds(3));
            SampleRun.cancel(h, registration, 1, BackgroundTaskCancellationReason.ABORT);
            h.runFor(Duration.ofSeconds(15));
        });
    }

    @Test
    void ignoringCancellationIsBG106WithNoListenerBG101AndTheTwinIsClean() {
        List<Finding> bad = cancelledByHand("IgnoresCancellation");
        assertRaises(bad, "BG101", "IgnoresCancellation#1");
        assertRaises(bad, "BG106", "IgnoresCancellation#1");
        assertNone(cancelledByHand("HonorsCancellation"));
    }

    @Test
    void throwingFromRunIsBG108AndTheTwinIsClean() {
        assertRaises(fired("ThrowsFromRun", 2), "BG108", "ThrowsFromRun#1");
        assertNone(fired("ReportsItsFailure", 2));
    }

    @Test
    void busyLoopPastTheTimeLimitIsBG105AndSlicedWorkIsClean() {
        List<Finding> bad = SampleRun.findingsInRealTime("desktop", GALLERY, h -> {
            h.ok(new dev.bgsim.engine.Command.SetSpeed(100));
            h.fire("BusyLoop");
            h.runFor(Duration.ofSeconds(60));
            h.awaitState("BusyLoop", 1, InstanceState.TERMINATED);
            // Past the loop's two simulated minutes, so its thread (which nothing can stop in-JVM) ends.
            h.runFor(Duration.ofMinutes(3));
        });
        assertRaises(bad, "BG105", "BusyLoop#1");
        assertRaises(bad, "BG106", "BusyLoop#1");
        List<Finding> twin = gallery(h -> {
            h.ok(new dev.bgsim.engine.Command.SetSpeed(100));
            h.fire("WorksInSlices");
            h.runFor(Duration.ofSeconds(10));
            h.awaitState("WorksInSlices", 1, InstanceState.COMPLETED);
        });
        assertNone(twin);
    }

    @Test
    void completingADeferralTwiceIsBG104AndTheTwinIsClean() {
        assertRaises(fired("CompletesDeferralTwice", 5), "BG104", "CompletesDeferralTwice#1");
        assertNone(fired("CompletesDeferralOnce", 5));
    }

    @Test
    void openingAWindowIsBG110AndAToastIsClean() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "the tests run headless (java.awt.headless), as task hosts do");
        assertRaises(fired("OpensWindow", 2), "BG110", "OpensWindow#1");
        assertNone(fired("ShowsToast", 2));
    }

    @Test
    void maintenanceDeferralHeldIdleOnStrictIsBG103AndTheMaintenanceTwinCancelledOnBatteryIsClean() {
        List<Finding> bad = SampleRun.findings("strict", GALLERY, h -> {
            h.device(d -> d.withPower(PowerSource.AC).withInternet(false));
            h.fire("MaintenanceDeferralNeverCompleted");
            h.runFor(Duration.ofMinutes(2).plusSeconds(10));
            h.awaitState("MaintenanceDeferralNeverCompleted", 1, InstanceState.TERMINATED);
        });
        assertRaises(bad, "BG103", "MaintenanceDeferralNeverCompleted#1");
        List<Finding> twin = gallery(h -> {
            h.device(d -> d.withPower(PowerSource.AC).withBatteryPercent(80));
            h.fire("MaintenanceHonorsCancellation");
            h.runFor(Duration.ofSeconds(4));
            h.device(d -> d.withPower(PowerSource.BATTERY));
            h.runFor(Duration.ofSeconds(5));
            h.awaitState("MaintenanceHonorsCancellation", 1, InstanceState.CANCELED);
        });
        assertNone(twin);
    }

    private static List<Finding> launchedThreeTimes(String sample, String pkg) {
        return SampleRun.findings("desktop", sample, h -> {
            for (int launch = 0; launch < 3; launch++) {
                h.app(pkg, AppAction.LAUNCH);
                SampleRun.awaitEvents(h, "AppCallbackReturned", launch + 1);
                h.app(pkg, AppAction.TERMINATE);
                h.awaitApp(pkg, AppState.TERMINATED);
            }
        });
    }

    @Test
    void registeringOnEveryLaunchIsBG202AndCheckingExistingRegistrationsIsClean() {
        List<Finding> bad = launchedThreeTimes("duplicate-registrations", "Samples.DuplicateRegistrations");
        assertRaises(bad, "BG202", "Sync");
        assertEquals(2, bad.stream().filter(f -> f.ruleId().equals("BG202")).count(), () -> SampleRun.describe(bad));
        assertNone(launchedThreeTimes(GALLERY, "Samples.CancellationGallery"));
    }

    private static List<Finding> inProcessCancelled(String registration) {
        return SampleRun.findings("desktop", "inprocess-sample", h -> {
            h.app("Samples.InProcess", AppAction.LAUNCH);
            SampleRun.awaitEvents(h, "AppCallbackReturned", 1);
            h.fire(registration);
            h.runFor(Duration.ofSeconds(3));
            SampleRun.cancel(h, registration, 1, BackgroundTaskCancellationReason.ABORT);
            h.runFor(Duration.ofSeconds(15));
        });
    }

    @Test
    void inProcessHandlerStillRunningAtTheGraceEndIsBG107AndTheCooperativeOneIsClean() {
        List<Finding> bad = inProcessCancelled("CountdownBlocksHandler");
        assertRaises(bad, "BG107", "CountdownBlocksHandler#1");
        assertNone(inProcessCancelled("CountdownHandledWell"));
    }

    @Test
    void callingSystemExitIsBG109AndReturningIsClean() {
        assertRaises(fired("CallsSystemExit", 2), "BG109", "host Samples.CancellationGallery/default");
        assertNone(fired("ReturnsInsteadOfExiting", 2));
    }

    @Test
    void allocatingPastAPhoneQuotaOnDesktopIsBG112AndStreamingIsClean() {
        // Heap samples come with the hosts' heartbeats, in real time: wait for the one that shows
        // the 32 MB, or (the twin) for the first samples after the task, which show no such growth.
        List<Finding> bad = gallery(h -> {
            h.fire("AllocatesPastQuota");
            h.runFor(Duration.ofSeconds(2));
            h.awaitState("AllocatesPastQuota", 1, InstanceState.COMPLETED);
            awaitHeapSample(h, used -> used > 16L * 1024 * 1024);
        });
        assertRaises(bad, "BG112", "AllocatesPastQuota#1");
        assertNone(gallery(h -> {
            h.fire("StaysWithinQuota");
            h.runFor(Duration.ofSeconds(2));
            h.awaitState("StaysWithinQuota", 1, InstanceState.COMPLETED);
            awaitHeapSample(h, used -> true);
        }));
    }

    @Test
    void aProfileWithAMemoryQuotaCapsTheHeapItselfSoBG112KeepsQuiet() {
        List<Finding> onPhone = SampleRun.findings("xbox", GALLERY, h -> {
            h.fire("AllocatesPastQuota");
            h.runFor(Duration.ofSeconds(2));
            h.awaitState("AllocatesPastQuota", 1, InstanceState.COMPLETED);
            awaitHeapSample(h, used -> used > 16L * 1024 * 1024);
        });
        assertTrue(onPhone.stream().noneMatch(f -> f.ruleId().equals("BG112")), SampleRun.describe(onPhone));
    }

    /** Polls (deadline) until a host's heap sample satisfies {@code wanted}. */
    private static void awaitHeapSample(EngineHarness h, java.util.function.LongPredicate wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (h.events("HostHeapSampled").stream()
                .noneMatch(e -> wanted.test(e.payloadAs(dev.bgsim.engine.event.Events.HostHeapSampled.class).heapUsedBytes()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such heap sample within 30 s\n" + h.log());
            }
            Thread.onSpinWait();
        }
        h.awaitQuiet();
    }
}

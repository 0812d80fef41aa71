package dev.bgsim.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.SampleFiles;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fluent API on real sample packages, and the failures it gives (they must help). */
@BgsimTest
class SimulatorTest {
    private static Path gallery() {
        return SampleFiles.samplesDir().resolve("cancellation-gallery/target/cancellation-gallery.jar");
    }

    @Test
    void aTaskThatLeavesADeferralOpenIsTerminatedAndTheCheckerSaysWhy(Simulator sim) {
        sim.load(gallery()).internet(false)
                .advanceTo(Duration.ofSeconds(1)).fire("DeferralNeverCompleted").fire("DeferralCompleted")
                .advanceTo(Duration.ofSeconds(10));
        sim.instance("DeferralCompleted", 1).isCompleted();
        sim.instance("DeferralNeverCompleted", 1).isRunning();
        sim.advanceTo(Duration.ofSeconds(45));
        sim.instance("DeferralNeverCompleted", 1).isTerminated().hasReason(BackgroundTaskCancellationReason.EXECUTION_TIME_EXCEEDED);
        sim.assertFinding("deferral-never-completed").assertFinding("BG103");
        assertEquals(Duration.ofSeconds(45), sim.now());
    }

    @Test
    void firingANameNoRegistrationHasFailsNamingTheOnesThereAre(Simulator sim) {
        sim.load(SampleFiles.officialSampleJar());
        AssertionError e = assertThrows(AssertionError.class, () -> sim.fire("NoSuchTask"));
        assertTrue(e.getMessage().startsWith("no registration named NoSuchTask; registrations: "), e.getMessage());
    }

    @Test
    void anInstanceThatHasNotStartedFailsWithHowManyDid(Simulator sim) {
        sim.load(gallery());
        AssertionError e = assertThrows(AssertionError.class, () -> sim.instance("DeferralCompleted", 1));
        assertTrue(e.getMessage().startsWith("DeferralCompleted#1 has not started (0 instances of DeferralCompleted did)"),
                e.getMessage());
    }

    @Test
    void aWrongExpectationSaysWhatWasExpectedWhatItIsAndWhatHappened(Simulator sim) {
        sim.load(gallery()).internet(false).fire("DeferralCompleted").advance(Duration.ofSeconds(10));
        AssertionError e = assertThrows(AssertionError.class,
                () -> sim.instance("DeferralCompleted", 1).isCanceledWith(BackgroundTaskCancellationReason.ABORT));
        assertTrue(e.getMessage().startsWith("DeferralCompleted#1: expected state CANCELED, but it is COMPLETED"), e.getMessage());
        assertTrue(e.getMessage().contains("recent events:"), e.getMessage());
    }

    @Test
    void aRefusedSetupStepFailsWithTheEnginesReason(Simulator sim) {
        AssertionError e = assertThrows(AssertionError.class, () -> sim.load(Path.of("no/such/package.jar")));
        assertTrue(e.getMessage().startsWith("the simulator refused LoadPackageFile"), e.getMessage());
    }

    @Test
    void theSameStepsGiveTheSameEventsAtTheSameSimulatedTimes(Simulator sim) {
        List<String> first = run(sim);
        try (Simulator again = Simulator.start()) {
            assertEquals(first, run(again));
        }
    }

    private static List<String> run(Simulator sim) {
        sim.load(gallery()).internet(false).fire("DeferralCompleted").advance(Duration.ofSeconds(10));
        assertEquals(InstanceState.COMPLETED, sim.instance("DeferralCompleted", 1).state());
        return sim.events().stream().filter(e -> !e.type().equals("PackageRead"))
                .map(e -> e.seq() + " " + e.simTime() + " " + e.type()).toList();
    }

    static String types(List<EngineEvent> events) {
        return events.stream().map(EngineEvent::type).toList().toString();
    }
}

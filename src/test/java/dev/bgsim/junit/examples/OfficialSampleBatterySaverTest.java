package dev.bgsim.junit.examples;

import static dev.bgsim.sdk.BackgroundTaskCancellationReason.ENERGY_SAVER;

import dev.bgsim.junit.BgsimTest;
import dev.bgsim.junit.Simulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What a task author writes (sample-tasks/official-sample/README.md): the official sample's task,
 * running on battery, is cancelled with ENERGY_SAVER when battery saver comes on; it listens for
 * cancellation, so the guidelines checker does not report a missing canceled listener.
 */
@BgsimTest
class OfficialSampleBatterySaverTest {
    private static final String JAR = "sample-tasks/official-sample/target/official-sample.jar";

    @Test
    void batterySaverCancelsTheRunningTaskWithEnergySaver(Simulator sim) {
        sim.load(JAR)
                .onBattery(80)
                .launch("Samples.BackgroundTask")
                .advanceTo(Duration.ofSeconds(1)).fire("SampleBackgroundTask")
                .advanceTo(Duration.ofSeconds(3)).batterySaver(true)
                .advanceTo(Duration.ofSeconds(8));

        sim.instance("SampleBackgroundTask", 1).isCanceledWith(ENERGY_SAVER);
        sim.assertNoFinding("no-canceled-listener");
    }

    @Test
    void onAcTheSameTaskRunsToCompletion(Simulator sim) {
        sim.load(JAR)
                .launch("Samples.BackgroundTask")
                .fire("SampleBackgroundTask")
                .advance(Duration.ofSeconds(20));

        sim.instance("SampleBackgroundTask", 1).isCompleted().hasProgress(100);
    }
}

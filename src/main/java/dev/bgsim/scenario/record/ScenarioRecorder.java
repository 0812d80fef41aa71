package dev.bgsim.scenario.record;

import dev.bgsim.engine.EngineConfig;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.report.ScenarioResult;
import dev.bgsim.scenario.run.RunListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records scenario runs ({@code bgsim run --record}): subscribed to every run's engine through
 * the run options, it starts a session in the recording when a scenario starts (a header with
 * the scenario's name, profile, start and packages) and notes where the clock stood when it
 * ended. One recording file, one session per scenario.
 */
public final class ScenarioRecorder implements RunListener {
    private final RecordingWriter writer;
    private final PackageFingerprints fingerprints;
    private final Clock wallClock;
    private Instant start = EngineConfig.DEFAULT_START;

    public ScenarioRecorder(RecordingWriter writer) {
        this(writer, new PackageFingerprints(), Clock.systemUTC());
    }

    ScenarioRecorder(RecordingWriter writer, PackageFingerprints fingerprints, Clock wallClock) {
        this.writer = writer;
        this.fingerprints = fingerprints;
        this.wallClock = wallClock;
    }

    /** The writer, to subscribe to each run's engine. */
    public RecordingWriter writer() {
        return writer;
    }

    @Override
    public void scenarioStarted(Scenario scenario) {
        start = scenario.start().orElse(EngineConfig.DEFAULT_START);
        writer.beginSession(new RecordingHeader(RecordingHeader.FORMAT_VERSION, BuildVersion.current(), scenario.name(),
                scenario.profile().describe(), start, wallClock.instant(), packages(scenario.packages())));
    }

    @Override
    public void scenarioFinished(ScenarioResult result) {
        writer.endSession(start.plus(result.simulatedTime()));
    }

    /** The scenario's packages that can be read now; the others are described when the engine reads them, or not at all. */
    private List<RecordedPackage> packages(List<Path> files) {
        List<RecordedPackage> out = new ArrayList<>();
        for (Path file : files) {
            try {
                out.add(fingerprints.describe(file));
            } catch (IOException unreadable) {
                // The run reports the package as its own problem; the header names what it could read.
            }
        }
        return out;
    }
}

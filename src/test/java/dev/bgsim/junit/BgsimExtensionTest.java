package dev.bgsim.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.RecordingReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The extension's lifecycle, seen by running small test classes through the JUnit launcher. */
class BgsimExtensionTest {
    /** Where {@link Recorded} records (relative to the project folder, where Maven runs tests). */
    static final String RECORDINGS = "target/bgsim-extension-test";
    /** What the inner test classes saw (they run inside this test, one at a time). */
    static final List<Object> SEEN = new CopyOnWriteArrayList<>();

    private static TestExecutionSummary run(Class<?> testClass) {
        SEEN.clear();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
                listener);
        return listener.getSummary();
    }

    private static String failures(TestExecutionSummary summary) {
        return summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .toList().toString();
    }

    @Test
    void eachTestGetsItsOwnSimulatorSharedWithItsBeforeEach() {
        TestExecutionSummary summary = run(Shared.class);
        assertEquals(2, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(4, SEEN.size());
        assertSame(SEEN.get(0), SEEN.get(1));
        assertSame(SEEN.get(2), SEEN.get(3));
        assertNotSame(SEEN.get(0), SEEN.get(2));
    }

    @Test
    void theSimulatorIsClosedAfterTheTestAndItsRecordingKept() throws Exception {
        Path file = Path.of(RECORDINGS, "Recorded.advancesAMinute.jsonl");
        Files.deleteIfExists(file);
        TestExecutionSummary summary = run(Recorded.class);
        assertEquals(1, summary.getTestsSucceededCount(), () -> failures(summary));
        RecordedSession session = new RecordingReader().read(file).session(1);
        assertEquals("Recorded.advancesAMinute", session.header().orElseThrow().title());
        assertTrue(session.stoppedAt().isPresent(), "closing the simulator closed the recording");
        assertEquals(Instant.parse("2030-06-01T00:01:00Z"), session.end());
    }

    @Test
    void aMethodsAnnotationOverridesItsClasss() {
        TestExecutionSummary summary = run(Profiles.class);
        assertEquals(2, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(List.of("mobile-512mb", "xbox"), SEEN.stream().sorted().toList());
    }

    @Test
    void aBadAnnotationFailsTheTestSayingWhatToWrite() {
        TestExecutionSummary summary = run(BadStart.class);
        assertEquals(1, summary.getTestsFailedCount());
        String message = summary.getFailures().get(0).getException().toString();
        assertTrue(message.contains("@BgsimTest(start = \"yesterday\") is not an ISO-8601 instant"), message);
    }

    @BgsimTest
    static class Shared {
        private Simulator before;

        @BeforeEach
        void remember(Simulator sim) {
            before = sim;
        }

        @Test
        void one(Simulator sim) {
            SEEN.add(before);
            SEEN.add(sim);
        }

        @Test
        void two(Simulator sim) {
            SEEN.add(before);
            SEEN.add(sim);
        }
    }

    @BgsimTest(start = "2030-06-01T00:00:00Z", recordTo = RECORDINGS)
    static class Recorded {
        @Test
        void advancesAMinute(Simulator sim) {
            sim.advance(Duration.ofMinutes(1));
        }
    }

    @BgsimTest(profile = "mobile-512mb")
    static class Profiles {
        @Test
        void fromTheClass(Simulator sim) {
            SEEN.add(sim.snapshot().profile());
        }

        @Test
        @BgsimTest(profile = "xbox")
        void fromTheMethod(Simulator sim) {
            SEEN.add(sim.snapshot().profile());
        }
    }

    @BgsimTest(start = "yesterday")
    static class BadStart {
        @Test
        void neverRuns(Simulator sim) {
            SEEN.add(sim);
        }
    }
}

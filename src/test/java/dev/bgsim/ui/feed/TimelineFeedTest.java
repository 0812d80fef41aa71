package dev.bgsim.ui.feed;

import static dev.bgsim.ui.RecordedSession.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.ui.RecordedSession;
import dev.bgsim.ui.timeline.InstanceBar;
import dev.bgsim.ui.timeline.InstanceState;
import dev.bgsim.ui.timeline.LaneKind;
import dev.bgsim.ui.timeline.TimelineModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter from a real engine's events to the timeline's model, and its once-a-pulse batches. */
class TimelineFeedTest {
    private final TimelineModel model = new TimelineModel();
    private final TimelineFeed feed = new TimelineFeed(model);

    @Test
    void aFiredTaskBecomesABarOnItsRegistrationsLaneThatEndsCompleted() throws Exception {
        List<EngineEvent> history = RecordedSession.history(has("InstanceCompleted", "RefreshForecast"), "RefreshForecast");
        feed.accept(history);
        feed.pulseEnded(null);

        EngineEvent started = history.stream().filter(e -> e.type().equals("InstanceStarted")).findFirst().orElseThrow();
        InstanceBar bar = feed.bar(started.subjects().instanceId());
        assertNotNull(bar);
        assertEquals("RefreshForecast#1", bar.label());
        assertEquals(InstanceState.COMPLETED, bar.state());
        assertEquals(LaneKind.REGISTRATION, bar.lane().kind());
        assertEquals(1_000, bar.end() - bar.start(), "SleepTask sleeps one simulated second");
        assertTrue(model.lanes().stream().anyMatch(l -> l.kind() == LaneKind.DEVICE_POWER));
        assertTrue(model.lanes().stream().anyMatch(l -> l.kind() == LaneKind.APP_STATE));
    }

    @Test
    void theModelTellsItsViewOncePerPulseHoweverManyChunksArrive() throws Exception {
        List<EngineEvent> history = RecordedSession.history(has("InstanceCompleted", "RefreshForecast"), "RefreshForecast");
        int[] told = {0};
        model.addListener(() -> told[0]++);
        int half = history.size() / 2;
        feed.accept(history.subList(0, half));
        feed.accept(history.subList(half, history.size()));
        assertEquals(0, told[0], "nothing is told while the pulse is still draining");
        feed.pulseEnded(null);
        assertEquals(1, told[0]);
        feed.pulseEnded(null);
        assertEquals(1, told[0], "a pulse without events tells nobody");
    }
}

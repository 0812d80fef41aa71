package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TooltipTextTest {
    private final TimeFormat format = new TimeFormat(TimelineModel.DEFAULT_ORIGIN, ZoneOffset.UTC);
    private final TimelineModel model = new TimelineModel();

    @Test
    void aBarSaysWhatItIsWhereItStandsAndWhy() {
        model.addLane("reg", LaneKind.REGISTRATION, "Push", 0);
        model.startBar("reg", "p1", "PushHandler #1", 20_000, InstanceState.RUNNING, true);
        model.addProgress("p1", 30_000, 40);
        model.beginDeferral("p1", "d", 21_000);
        model.changeBarState("p1", 50_000, InstanceState.CANCEL_REQUESTED);
        model.setBarReason("p1", "EXECUTION_TIME_EXCEEDED");
        assertEquals("""
                PushHandler #1  (forced)
                State: Cancel requested
                Reason: EXECUTION_TIME_EXCEEDED
                Start: 08:00:20.000
                Duration: 32.0 s (live)
                Progress: 40%
                Deferrals: 1 taken, 1 open
                Instance p1""", TooltipText.describe(model.bar("p1"), 52_000, format));
    }

    @Test
    void aMarkAndASpanSayWhatAndWhen() {
        model.addLane("app", LaneKind.APP_STATE, "App", 0);
        StateSpan span = model.setState("app", 0, "Running", SpanTone.GOOD);
        model.setState("app", 90_000, "Suspended", SpanTone.OFF);
        Mark mark = model.addMark("app", MarkKind.CANCELLATION, 1_250, "ENERGY_SAVER", "i9");
        assertEquals("App: Running\nStart: 08:00:00.000\nDuration: 1 min 30 s", TooltipText.describe(span, 0, format));
        assertEquals("Cancellation at 08:00:01.250\nENERGY_SAVER\nInstance i9", TooltipText.describe(mark, 0, format));
    }
}

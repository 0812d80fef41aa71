package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineModelTest {
    private final TimelineModel model = new TimelineModel();


    private List<InstanceBar> barsIn(Lane lane, long t0, long t1) {
        List<InstanceBar> found = new ArrayList<>();
        lane.forEachBar(t0, t1, found::add);
        return found;
    }

    @Test
    void settingAStateEndsThePreviousSpanWhereTheNewOneStarts() {
        model.addLane("app", LaneKind.APP_STATE, "App", 0);
        StateSpan running = model.setState("app", 1_000, "RUNNING", SpanTone.GOOD);
        StateSpan suspended = model.setState("app", 5_000, "SUSPENDED", SpanTone.OFF);
        assertEquals(5_000, running.end());
        assertTrue(suspended.isOpen());
        assertEquals(suspended, model.lane("app").currentSpan());
        List<StateSpan> found = new ArrayList<>();
        model.lane("app").forEachSpan(4_000, 6_000, found::add);
        assertEquals(List.of(running, suspended), found);
    }

    @Test
    void settingTheSameStateAgainKeepsOneSpan() {
        model.addLane("saver", LaneKind.DEVICE_SAVER, "Battery saver", 0);
        StateSpan on = model.setState("saver", 0, "ON", SpanTone.WARNING);
        assertEquals(on, model.setState("saver", 10, "ON", SpanTone.WARNING));
        assertEquals(1, model.lane("saver").spanCount());
    }

    @Test
    void aBarHasOneSegmentPerStateAndEndsInItsFinalState() {
        model.addLane("reg:1", LaneKind.REGISTRATION, "Sync", 0);
        InstanceBar bar = model.startBar("reg:1", "i1", "Sync #1", 100, InstanceState.RUNNING, false);
        model.changeBarState("i1", 300, InstanceState.DEFERRED);
        model.changeBarState("i1", 300, InstanceState.DEFERRED);
        model.changeBarState("i1", 700, InstanceState.CANCEL_REQUESTED);
        model.setBarReason("i1", "EXECUTION_TIME_EXCEEDED");
        model.changeBarState("i1", 900, InstanceState.CANCELED);

        assertEquals(4, bar.segmentCount());
        assertEquals(InstanceState.CANCELED, bar.state());
        assertEquals(900, bar.end());
        assertEquals(InstanceState.RUNNING, bar.stateAt(299));
        assertEquals(InstanceState.DEFERRED, bar.stateAt(300));
        assertEquals(InstanceState.CANCEL_REQUESTED, bar.stateAt(899));
        assertEquals(700, bar.segmentEnd(1, 10_000));
        assertEquals("EXECUTION_TIME_EXCEEDED", bar.reason());
    }

    @Test
    void anOpenBarReachesNowAndIsFoundInLaterWindows() {
        model.addLane("host", LaneKind.HOST, "Host", 0);
        InstanceBar bar = model.startBar("host", "i1", "live", 100, InstanceState.RUNNING, true);
        assertEquals(5_000, bar.endOr(5_000));
        assertEquals(100, bar.endOr(50));
        assertEquals(List.of(bar), barsIn(model.lane("host"), 60_000, 70_000));
        assertTrue(bar.isForced());
    }

    @Test
    void endingABarEndsItsOpenDeferrals() {
        model.addLane("reg", LaneKind.REGISTRATION, "r", 0);
        InstanceBar bar = model.startBar("reg", "i", "i", 0, InstanceState.RUNNING, false);
        model.beginDeferral("i", "d1", 10);
        model.beginDeferral("i", "d2", 20);
        model.endDeferral("i", "d1", 30);
        model.endBar("i", 50, InstanceState.COMPLETED);
        assertEquals(30, bar.deferrals().get(0).end());
        assertEquals(50, bar.deferrals().get(1).end());
    }

    @Test
    void overlappingBarsGoToSeparateRowsAndAFreedRowIsReused() {
        model.addLane("reg", LaneKind.REGISTRATION, "r", 0);
        InstanceBar a = model.startBar("reg", "a", "a", 0, InstanceState.RUNNING, false);
        InstanceBar b = model.startBar("reg", "b", "b", 10, InstanceState.RUNNING, false);
        model.endBar("a", 20, InstanceState.COMPLETED);
        InstanceBar c = model.startBar("reg", "c", "c", 30, InstanceState.RUNNING, false);
        assertEquals(0, a.row());
        assertEquals(1, b.row());
        assertEquals(0, c.row());
        assertEquals(2, model.lane("reg").rowCount());
    }

    @Test
    void rowsStopGrowingAtTheMaximum() {
        model.addLane("reg", LaneKind.REGISTRATION, "r", 0);
        for (int i = 0; i < Lane.MAX_ROWS + 3; i++) {
            model.startBar("reg", "i" + i, "i" + i, i, InstanceState.RUNNING, false);
        }
        assertEquals(Lane.MAX_ROWS, model.lane("reg").rowCount());
    }

    @Test
    void progressSamplesAreKeptInOrderAndASameTimeSampleReplacesTheLast() {
        model.addLane("reg", LaneKind.REGISTRATION, "r", 0);
        InstanceBar bar = model.startBar("reg", "i", "i", 0, InstanceState.RUNNING, false);
        assertEquals(-1, bar.latestProgress());
        model.addProgress("i", 10, 20);
        model.addProgress("i", 20, 40);
        model.addProgress("i", 20, 45);
        assertEquals(2, bar.progressCount());
        assertEquals(45, bar.latestProgress());
        assertEquals(0, bar.progressIndexAt(15));
        assertEquals(-1, bar.progressIndexAt(5));
        assertThrows(IllegalArgumentException.class, () -> model.addProgress("i", 30, 101));
    }

    @Test
    void changingAnEndedBarIsRefusedNamingTheInstance() {
        model.addLane("reg", LaneKind.REGISTRATION, "r", 0);
        model.startBar("reg", "i7", "i7", 0, InstanceState.RUNNING, false);
        model.endBar("i7", 10, InstanceState.FAILED);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> model.changeBarState("i7", 20, InstanceState.RUNNING));
        assertTrue(e.getMessage().contains("i7") && e.getMessage().contains("FAILED"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> model.startBar("nope", "x", "x", 0, InstanceState.RUNNING, false));
        assertTrue(unknown.getMessage().contains("nope"), unknown.getMessage());
    }

    @Test
    void lanesAreOrderedByKindThenOrderThenInsertion() {
        model.addLane("reg:b", LaneKind.REGISTRATION, "b", 1);
        model.addLane("reg:a", LaneKind.REGISTRATION, "a", 0);
        model.addLane("host", LaneKind.HOST, "h", 0);
        model.addLane("app", LaneKind.APP_STATE, "App", 9);
        model.addLane("reg:c", LaneKind.REGISTRATION, "c", 1);
        assertEquals(List.of("app", "host", "reg:a", "reg:b", "reg:c"),
                model.lanes().stream().map(Lane::id).toList());
        assertThrows(IllegalArgumentException.class, () -> model.addLane("app", LaneKind.APP_STATE, "x", 0));
    }

    @Test
    void marksAreFoundInTheirWindowAndListenersHearEveryChange() {
        model.addLane("reg", LaneKind.REGISTRATION, "r", 0);
        int[] calls = {0};
        model.addListener(() -> calls[0]++);
        Mark trigger = model.addMark("reg", MarkKind.TRIGGER, 100, "TimeTrigger", null);
        model.addMark("reg", MarkKind.CANCELLATION, 900, "ABORT", "i1");
        List<Mark> found = new ArrayList<>();
        model.lane("reg").forEachMark(0, 500, found::add);
        assertEquals(List.of(trigger), found);
        assertEquals(2, calls[0]);
        assertEquals(900, model.latestTime());
        assertNull(model.bar("i1"));
        assertFalse(trigger.isOpen());
    }

    @Test
    void aBatchTellsListenersOnceAtItsEnd() {
        model.addLane("reg", LaneKind.REGISTRATION, "r", 0);
        int[] calls = {0};
        model.addListener(() -> calls[0]++);
        model.beginBatch();
        model.beginBatch();
        model.startBar("reg", "i1", "r#1", 0, InstanceState.RUNNING, false);
        model.addProgress("i1", 10, 50);
        model.endBatch();
        model.endBar("i1", 20, InstanceState.COMPLETED);
        assertEquals(0, calls[0], "nothing is told while the outer batch is open");
        model.endBatch();
        assertEquals(1, calls[0]);
        model.beginBatch();
        model.endBatch();
        assertEquals(1, calls[0], "an empty batch tells nobody");
        assertThrows(IllegalStateException.class, model::endBatch);
    }
}

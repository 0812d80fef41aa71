package dev.bgsim.ui.log;

import static dev.bgsim.ui.RecordedSession.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.ui.RecordedSession;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event log's filters, search, copy and bound, on a real engine's events, without a stage. */
class EventLogViewModelTest {
    private static List<EngineEvent> history;
    /** Pulses 100 ms apart unless a test moves the clock itself. */
    private long now;
    private final EventLogViewModel vm = new EventLogViewModel(() -> now, new dev.bgsim.ui.shell.PulseTurns());

    @BeforeAll
    static void record() throws Exception {
        history = RecordedSession.history(has("InstanceCompleted", "RefreshForecast"), "RefreshForecast");
    }

    private void pulse(List<EngineEvent> events) {
        now += 100_000_000L;
        vm.accept(events);
        vm.pulseEnded(null);
    }

    @Test
    void rowsArriveAtTheEndOfThePulseAndTypesAreOfferedSorted() {
        vm.accept(history);
        assertTrue(vm.allRows().isEmpty(), "nothing shows before the pulse ends");
        vm.pulseEnded(null);
        assertEquals(history.size(), vm.shownRows().size());
        assertEquals(EventLogViewModel.ALL, vm.types().get(0));
        List<String> types = vm.types().subList(1, vm.types().size());
        assertEquals(types.stream().sorted().toList(), types);
        assertTrue(types.contains("InstanceCompleted"));
    }

    @Test
    void typeSubjectAndSearchFiltersCombine() {
        pulse(history);
        vm.typeFilterProperty().set("InstanceCompleted");
        assertEquals(1, vm.shownRows().size());
        assertEquals("RefreshForecast#1", vm.shownRows().get(0).subject());

        vm.typeFilterProperty().set(EventLogViewModel.ALL);
        vm.subjectFilterProperty().set("refreshforecast#1");
        assertTrue(vm.shownRows().size() >= 3, "started, progress, completed: " + vm.shownRows());
        assertTrue(vm.shownRows().stream().allMatch(r -> r.subject().equals("RefreshForecast#1")));

        vm.searchProperty().set("progress=100");
        assertEquals(1, vm.shownRows().size(), vm.shownRows().toString());
        assertEquals("ProgressReported", vm.shownRows().get(0).type());
    }

    @Test
    void copiedRowsAreTabSeparatedLinesWithTheFullInstant() {
        pulse(history);
        vm.typeFilterProperty().set("InstanceCompleted");
        String text = EventLogViewModel.copyText(vm.shownRows());
        String[] fields = text.split("\t", -1);
        assertEquals(5, fields.length, text);
        assertTrue(fields[1].endsWith("Z"), "the copy keeps the whole simulated instant: " + fields[1]);
        assertTrue(vm.shownRows().get(0).time().matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"), "the table shows the time of day");
    }

    @Test
    void theLogKeepsTheNewestRowsUpToItsCapacity() {
        EngineEvent event = history.get(history.size() - 1);
        pulse(Collections.nCopies(EventLogViewModel.CAPACITY - 10, event));
        pulse(Collections.nCopies(25, history.get(0)));
        assertEquals(EventLogViewModel.CAPACITY, vm.allRows().size());
        assertEquals(history.get(0).type(), vm.allRows().get(vm.allRows().size() - 1).type());
        assertFalse(vm.allRows().get(0).type().equals(history.get(0).type()));
    }

    @Test
    void rowsOfPulsesCloserThanATenthOfASecondGoInTogetherWhenItHasPassed() {
        pulse(history.subList(0, 1));
        assertEquals(1, vm.allRows().size());
        List<LogRow> seen = new java.util.ArrayList<>();
        vm.allRows().addListener((javafx.collections.ListChangeListener<LogRow>) c -> seen.add(null));
        for (int i = 1; i < 4; i++) {
            now += 30_000_000L;
            vm.accept(history.subList(i, i + 1));
            vm.pulseEnded(null);
        }
        assertEquals(1, vm.allRows().size(), "90 ms after the last append the new rows still wait");
        now += 10_000_000L;
        vm.pulseEnded(null);
        assertEquals(4, vm.allRows().size(), "a pulse without events appends what waited once 100 ms passed");
        assertEquals(1, seen.size(), "in one list change");
        assertEquals(history.get(3).seq(), vm.allRows().get(3).seq());
    }
}

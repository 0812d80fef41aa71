package dev.bgsim.ui.log;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.ui.drain.EventSink;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.ui.shell.PulseTurns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The event log: the most recent events (bounded, so memory does not grow with history), filtered
 * by type, subject and a search text. Rows are appended, and the oldest dropped, in one list change
 * at the end of a pulse, at most {@value #FLUSHES_PER_SECOND} times a second: each append re-renders
 * every visible row of the table (and, while the log grows, makes the table re-add its rows to the
 * scene), which under thousands of events a second cost the FX thread more than a person reading
 * the log gains from seeing it move 60 times a second.
 */
public final class EventLogViewModel implements EventSink {
    /** Rows kept; older rows drop out of the view (the engine keeps the full history). */
    public static final int CAPACITY = 20_000;
    /** How often at most new rows go into the table, like the packages tree's refresh. */
    static final int FLUSHES_PER_SECOND = 10;
    private static final long FLUSH_INTERVAL_NANOS = 1_000_000_000L / FLUSHES_PER_SECOND;

    private final LogRows rows = new LogRows();
    private final FilteredList<LogRow> shown = new FilteredList<>(rows);
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final StringProperty typeFilter = new SimpleStringProperty(this, "typeFilter", ALL);
    private final StringProperty subjectFilter = new SimpleStringProperty(this, "subjectFilter", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final List<LogRow> pending = new ArrayList<>();
    private final TreeSet<String> knownTypes = new TreeSet<>();
    private final LongSupplier nanoTime;
    private final PulseTurns turns;
    private long lastFlush;
    private boolean flushed;

    /** The type filter's "no filter" entry. */
    public static final String ALL = "All types";

    /** @param turns the window's pulse turns: the table takes its rows in a pulse no other bulk view refreshes in */
    public EventLogViewModel(PulseTurns turns) {
        this(System::nanoTime, turns);
    }

    /** With the clock that paces the appends (tests). */
    EventLogViewModel(LongSupplier nanoTime, PulseTurns turns) {
        this.nanoTime = nanoTime;
        this.turns = turns;
        types.add(ALL);
        typeFilter.addListener((o, a, b) -> refilter());
        subjectFilter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
    }

    @Override
    public void accept(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            pending.add(LogRow.of(e));
            if (knownTypes.add(e.type())) {
                // Insert in sorted place rather than setAll, so the choice box keeps its value.
                types.add(1 + knownTypes.headSet(e.type()).size(), e.type());
            }
        }
    }

    @Override
    public void pulseEnded(ClockStatus clock) {
        if (pending.isEmpty()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (flushed && now - lastFlush < FLUSH_INTERVAL_NANOS || !turns.tryTake()) {
            return;   // a later pulse appends these too; the drain ends every pulse, events or not
        }
        flushed = true;
        lastFlush = now;
        rows.append(pending, CAPACITY);
        pending.clear();
    }

    private void refilter() {
        String type = typeFilter.get();
        String subject = subjectFilter.get() == null ? "" : subjectFilter.get().toLowerCase(Locale.ROOT);
        String text = search.get() == null ? "" : search.get().toLowerCase(Locale.ROOT);
        shown.setPredicate(r -> (type == null || ALL.equals(type) || r.type().equals(type))
                && (subject.isEmpty() || r.subject().toLowerCase(Locale.ROOT).contains(subject))
                && (text.isEmpty() || r.line().toLowerCase(Locale.ROOT).contains(text)));
    }

    /** The given rows as text, one tab-separated line each. */
    public static String copyText(List<LogRow> selected) {
        return selected.stream().map(LogRow::line).collect(Collectors.joining("\n"));
    }

    public ObservableList<LogRow> shownRows() { return shown; }

    public ObservableList<LogRow> allRows() { return rows; }

    public ObservableList<String> types() { return types; }

    public StringProperty typeFilterProperty() { return typeFilter; }

    public StringProperty subjectFilterProperty() { return subjectFilter; }

    public StringProperty searchProperty() { return search; }
}

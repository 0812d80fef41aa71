package dev.bgsim.ui.inspector;

import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.session.HostRecord;
import dev.bgsim.ui.session.SessionRegistry;
import dev.bgsim.ui.session.SimulationStatus;
import dev.bgsim.ui.shell.Selection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The inspector's content for the selected instance, live: recomputed when the registry changes,
 * when simulated time moves, and when the selection changes.
 */
public final class InspectorViewModel {
    private final SessionRegistry registry;
    private final SimulationStatus status;
    private final Selection selection;
    private final StringProperty title = new SimpleStringProperty(this, "title", "No instance selected");
    private final StringProperty state = new SimpleStringProperty(this, "state", "");
    private final ObjectProperty<Map<String, String>> facts = new SimpleObjectProperty<>(this, "facts", Map.of());
    private final DoubleProperty timeUsed = new SimpleDoubleProperty(this, "timeUsed", 0);
    private final StringProperty timeText = new SimpleStringProperty(this, "timeText", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty deferrals = new SimpleStringProperty(this, "deferrals", "");
    private final StringProperty output = new SimpleStringProperty(this, "output", "");

    private final CpuTimes cpu;

    /** Without CPU readings: the CPU time row says it is not measured. */
    public InspectorViewModel(SessionRegistry registry, SimulationStatus status, Selection selection) {
        this(registry, status, selection, null);
    }

    /** @param cpu the sampled CPU times of instances, or null when nothing samples them */
    public InspectorViewModel(SessionRegistry registry, SimulationStatus status, Selection selection, CpuTimes cpu) {
        this.registry = registry;
        this.status = status;
        this.selection = selection;
        this.cpu = cpu;
        if (cpu != null) {
            cpu.revisionProperty().addListener((o, was, now) -> refresh());
        }
        registry.revisionProperty().addListener((o, was, now) -> refresh());
        status.nowProperty().addListener((o, was, now) -> refresh());
        selection.instanceProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    /** Recomputes everything from the selected instance. */
    public void refresh() {
        UUID id = selection.instanceProperty().get();
        InstanceRecord i = id == null ? null : registry.instance(id);
        if (i == null) {
            title.set("No instance selected");
            state.set("");
            facts.set(Map.of("", "Select an instance on the timeline or in the Packages tree."));
            timeUsed.set(0);
            timeText.set("");
            progress.set(0);
            deferrals.set("");
            output.set("");
            return;
        }
        Instant now = i.ended() != null ? i.ended() : status.nowProperty().get();
        title.set(i.label());
        state.set(i.state().name());
        HostRecord host = i.hostId() == null ? null : registry.hosts().stream()
                .filter(h -> h.id().equals(i.hostId())).reduce((first, last) -> last).orElse(null);
        facts.set(InspectorFacts.of(i, now, host, cpuText(i, host)));
        showTime(i, now);
        progress.set(i.progress() / 100.0);
        deferrals.set(i.openDeferrals().isEmpty() ? "none outstanding (" + i.deferralsTaken() + " taken)"
                : i.openDeferrals().entrySet().stream()
                .map(e -> "deferral " + e.getKey() + " taken at:\n" + e.getValue())
                .collect(Collectors.joining("\n\n")));
        output.set(String.join("\n", i.output()));
    }

    private String cpuText(InstanceRecord i, HostRecord host) {
        CpuReading r = cpu == null ? null : cpu.of(i.id());
        if (r != null) {
            return r.describe();
        }
        if (cpu == null) {
            return "not measured";
        }
        if (!cpu.threadsMeasured() && host != null && "IN_JVM".equals(host.kind())) {
            return "not measured (this JVM cannot measure thread CPU time)";
        }
        return i.isFinal() ? "not measured (it ended before the first sample)" : "no sample yet";
    }

    /** The gauge counts what the engine counts against the limit: suspended time left out (SPEC 3.7). */
    private void showTime(InstanceRecord i, Instant now) {
        Duration elapsed = i.countedElapsed(now);
        if (i.timeLimit() == null || i.timeLimit().isZero()) {
            timeUsed.set(-1);
            timeText.set(InspectorFacts.format(elapsed) + " (no time limit)");
            return;
        }
        Duration wall = Duration.between(i.started(), now);
        String suspended = wall.minus(elapsed).toMillis() < 100 ? ""
                : ", not counting " + InspectorFacts.format(wall.minus(elapsed)) + " suspended";
        timeUsed.set(Math.min(1, (double) elapsed.toMillis() / i.timeLimit().toMillis()));
        timeText.set(InspectorFacts.format(elapsed) + " of " + InspectorFacts.format(i.timeLimit()) + suspended
                + (i.timeLimitPaused() ? " (paused while suspended)" : ""));
    }

    public StringProperty titleProperty() { return title; }

    /** The instance state's name (RUNNING, CANCELED, ...). */
    public StringProperty stateProperty() { return state; }

    /** Label → value rows, in display order. */
    public ObjectProperty<Map<String, String>> factsProperty() { return facts; }

    /** Elapsed / time limit in 0..1, or -1 without a limit. */
    public DoubleProperty timeUsedProperty() { return timeUsed; }

    public StringProperty timeTextProperty() { return timeText; }

    public DoubleProperty progressProperty() { return progress; }

    public StringProperty deferralsProperty() { return deferrals; }

    public StringProperty outputProperty() { return output; }
}

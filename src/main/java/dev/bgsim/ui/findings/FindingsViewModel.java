package dev.bgsim.ui.findings;

import dev.bgsim.checker.Finding;
import dev.bgsim.checker.GuidelineChecker;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.pkg.Severity;
import dev.bgsim.ui.drain.EventSink;
import dev.bgsim.ui.shell.Selection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The findings tab's model: it folds the drained event stream through a {@link GuidelineChecker}
 * (the same fold as {@code bgsim run} and tests, so they cannot disagree), keeps the findings in
 * stream order, and opens one: selects its instance or registration and shows its guideline.
 * FX thread only (it is an {@link EventSink} of the drain).
 */
public final class FindingsViewModel implements EventSink {
    private final GuidelineChecker checker;
    private final Selection selection;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<Finding> opened = new SimpleObjectProperty<>(this, "opened");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Findings");
    private final List<Consumer<List<Finding>>> listeners = new java.util.ArrayList<>();

    public FindingsViewModel(GuidelineChecker checker, Selection selection) {
        this.checker = checker;
        this.selection = selection;
    }

    @Override
    public void accept(List<EngineEvent> events) {
        List<Finding> raised = checker.acceptAll(events);
        if (raised.isEmpty()) {
            return;
        }
        findings.addAll(raised);
        title.set("Findings (" + findings.size() + ")");
        listeners.forEach(l -> l.accept(raised));
    }

    /** FX thread. Told about new findings as they are raised (the timeline marks them). */
    public void addListener(Consumer<List<Finding>> listener) {
        listeners.add(listener);
    }

    /** Every finding so far, in stream order. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The finding whose guideline is shown, or null. */
    public ObjectProperty<Finding> openedProperty() {
        return opened;
    }

    /** "Findings (3)": the tab's title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Opens a finding: selects what it concerns (instance, else registration) and shows its guideline. */
    public void open(Finding finding) {
        opened.set(finding);
        if (finding.subjects().registrationId() != null) {
            selection.registrationProperty().set(finding.subjects().registrationId());
        }
        if (finding.subjects().instanceId() != null) {
            selection.instanceProperty().set(finding.subjects().instanceId());
        }
    }

    /** The guideline text of a finding, for the details pane. */
    public static String guidelineText(Finding f) {
        var rule = f.rule();
        return rule.id() + " " + rule.title() + "\n\n"
                + f.message() + "\n\n"
                + "Why it matters: " + rule.why() + "\n\n"
                + "Do instead: " + rule.instead() + "\n\n"
                + "\u201C" + rule.guideline().quote() + "\u201D\n"
                + "\u2014 " + rule.guideline().sourceTitle() + ", " + rule.guideline().section() + "\n"
                + rule.guideline().link();
    }

    /** The time column: simulated time of day, to the millisecond. */
    public static String time(Finding f) {
        String t = f.simTime().toString();
        int at = t.indexOf('T');
        return at < 0 ? t : t.substring(at + 1, t.length() - 1);
    }

    /** The severity word shown next to the icon. */
    public static String severity(Finding f) {
        return f.severity() == Severity.INFO ? "info" : f.severity().label();
    }
}

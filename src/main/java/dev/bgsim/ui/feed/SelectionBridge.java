package dev.bgsim.ui.feed;

import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.session.SessionRegistry;
import dev.bgsim.ui.shell.Selection;
import java.util.UUID;
import javafx.beans.property.Property;

/**
 * Keeps the timeline's selected bar and the window's shared {@link Selection} in step, both ways:
 * clicking a bar selects its instance (and its registration, so the tree and the inspector follow);
 * selecting an instance in the tree outlines its bar. The timeline names instances by their UUID
 * as text ({@link TimelineFeed}). FX thread only.
 */
public final class SelectionBridge {
    private final Property<String> timelineSelection;
    private final Selection selection;
    private final SessionRegistry registry;
    private boolean syncing;

    public SelectionBridge(Property<String> timelineSelection, Selection selection, SessionRegistry registry) {
        this.timelineSelection = timelineSelection;
        this.selection = selection;
        this.registry = registry;
        timelineSelection.addListener((o, was, now) -> fromTimeline(now));
        selection.instanceProperty().addListener((o, was, now) -> fromSelection(now));
        fromSelection(selection.instanceProperty().getValue());
    }

    private void fromTimeline(String barId) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            UUID id = parse(barId);
            InstanceRecord instance = id == null ? null : registry.instance(id);
            if (instance != null) {
                selection.registrationProperty().set(instance.registration().id());
            }
            selection.instanceProperty().set(id);
        } finally {
            syncing = false;
        }
    }

    private void fromSelection(UUID instance) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            timelineSelection.setValue(instance == null ? null : instance.toString());
        } finally {
            syncing = false;
        }
    }

    /** The instance a bar id names, or null for no bar or an id that is not an instance's. */
    static UUID parse(String barId) {
        if (barId == null) {
            return null;
        }
        try {
            return UUID.fromString(barId);
        } catch (IllegalArgumentException notAnInstance) {
            return null;
        }
    }
}

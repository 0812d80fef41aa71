package dev.bgsim.ui.appstate;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.time.ClockStatus;
import dev.bgsim.ui.drain.EventSink;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * Every package's LocalSettings as the event stream tells them (each put and remove, by the app, a
 * task or a pressed button, is a {@code LocalSettingChanged} event), so the app panel can show the
 * values an app and its tasks leave for each other: status lines, progress, results, the app's
 * buttons. FX thread only; {@link #revisionProperty()} goes up at most once a pulse.
 */
public final class AppSettingsFolder implements EventSink {
    /** The PackageUnloaded reason of an uninstall, which removes the package's settings with it. */
    private static final String UNINSTALLED = "uninstalled";

    private final Map<String, Map<String, Object>> byPackage = new HashMap<>();
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private boolean dirty;

    @Override
    public void accept(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            String pkg = e.subjects().packageName();
            if (pkg == null) {
                continue;
            }
            if (e.payload() instanceof Events.LocalSettingChanged change) {
                Map<String, Object> values = byPackage.computeIfAbsent(pkg, p -> new TreeMap<>());
                if (change.removed()) {
                    values.remove(change.key());
                } else {
                    values.put(change.key(), change.value());
                }
                dirty = true;
            } else if (e.payload() instanceof Events.PackageUnloaded unloaded && UNINSTALLED.equals(unloaded.why())) {
                dirty |= byPackage.remove(pkg) != null;
            }
        }
    }

    @Override
    public void pulseEnded(ClockStatus clock) {
        if (dirty) {
            dirty = false;
            revision.set(revision.get() + 1);
        }
    }

    /** The package's settings, by key in alphabetical order (so {@code Status:...} lines sit together). */
    public Map<String, Object> settings(String packageName) {
        Map<String, Object> values = byPackage.get(packageName);
        return values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }
}

package dev.bgsim.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Loaded packages whose files changed on disk since they were read, and the file that changed:
 * what the window's "changed on disk" notice offers to reload. FX thread only.
 */
public final class ChangedOnDisk {
    private final ObservableMap<String, String> changed = FXCollections.observableMap(new LinkedHashMap<>());
    private final PackageLoading loading;

    public ChangedOnDisk(PackageLoading loading) {
        this.loading = loading;
    }

    /** A package's file changed (from the {@link PackageFileWatcher}). */
    public void add(String packageName, String file) {
        changed.put(packageName, file);
    }

    /** Package → the file that changed, in the order they changed. */
    public ObservableMap<String, String> changed() {
        return changed;
    }

    /** Reloads every changed package (each an update: SERVICING_UPDATE, then SERVICING_COMPLETE) and clears the notice. */
    public void reloadAll() {
        List<String> packages = List.copyOf(changed.keySet());
        changed.clear();
        packages.forEach(loading::reload);
    }

    /** Keeps the packages as they are; a later change brings the notice back. */
    public void dismiss() {
        changed.clear();
    }
}

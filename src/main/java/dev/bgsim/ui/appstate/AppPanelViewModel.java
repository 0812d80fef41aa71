package dev.bgsim.ui.appstate;

import dev.bgsim.engine.app.AppButtons;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.ui.port.AppAction;
import dev.bgsim.ui.session.PackageRecord;
import dev.bgsim.ui.session.SessionRegistry;
import dev.bgsim.ui.shell.UiContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.List;
import java.util.Map;

/**
 * The app panel (SPEC 3.9): which package's app, its state, lifecycle actions and access setting;
 * the buttons the app publishes (LocalSettings {@code Commands.Available}) and a live view of its
 * LocalSettings, where a windowless app shows what its pages would.
 */
public final class AppPanelViewModel {
    private final UiContext ui;
    private final SessionRegistry registry;
    private final ObservableList<String> packages = FXCollections.observableArrayList();
    private final StringProperty selectedPackage = new SimpleStringProperty(this, "selectedPackage");
    private final StringProperty appState = new SimpleStringProperty(this, "appState", "—");
    private final StringProperty accessStatus = new SimpleStringProperty(this, "accessStatus", "—");
    private final ObjectProperty<AccessSetting> access = new SimpleObjectProperty<>(this, "access");
    private final AppSettingsFolder settingsFolder;
    private final ObservableList<SettingRow> settings = FXCollections.observableArrayList();
    private final ObservableList<String> buttons = FXCollections.observableArrayList();
    private boolean mirroring;

    /**
     * @param settingsFolder the LocalSettings read model; the caller feeds it from the event drain
     */
    public AppPanelViewModel(UiContext ui, SessionRegistry registry, AppSettingsFolder settingsFolder) {
        this.ui = ui;
        this.registry = registry;
        this.settingsFolder = settingsFolder;
        registry.revisionProperty().addListener((o, was, now) -> refresh());
        settingsFolder.revisionProperty().addListener((o, was, now) -> refreshSettings());
        selectedPackage.addListener((o, was, now) -> {
            if (!mirroring) {
                refresh();
            }
        });
        access.addListener((o, was, now) -> {
            if (!mirroring && now != null && selectedPackage.get() != null) {
                ui.report(ui.port().setAccess(selectedPackage.get(), now));
            }
        });
        refresh();
    }

    private void refresh() {
        mirroring = true;
        try {
            var names = registry.packages().stream().filter(p -> !p.unloaded()).map(PackageRecord::name).toList();
            String keep = selectedPackage.get();
            if (!packages.equals(names)) {
                // A choice box bound to the selection clears its value when its items are replaced, and
                // the binding ignores changes made while it propagates: clear first, then choose again.
                selectedPackage.set(null);
                packages.setAll(names);
            }
            String pick = keep != null && names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0);
            selectedPackage.set(pick);
            PackageRecord p = pick == null ? null : registry.pkg(pick);
            appState.set(p == null ? "—" : p.appState());
            accessStatus.set(p == null ? "—" : p.accessStatus());
            access.set(p == null ? null : AccessSetting.valueOf(p.accessSetting()));
        } finally {
            mirroring = false;
        }
        refreshSettings();
    }

    /** The selected package's settings and buttons; lists are replaced only when they changed, so rows keep their selection. */
    private void refreshSettings() {
        String pkg = selectedPackage.get();
        Map<String, Object> values = pkg == null ? Map.of() : settingsFolder.settings(pkg);
        // Commands.Available shows as the buttons themselves; as text it would be the longest row by far.
        List<SettingRow> rows = values.entrySet().stream().filter(e -> !e.getKey().equals(AppButtons.AVAILABLE))
                .map(e -> SettingRow.of(e.getKey(), e.getValue())).toList();
        if (!settings.equals(rows)) {
            settings.setAll(rows);
        }
        List<String> offered = values.get(AppButtons.AVAILABLE) instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        if (!buttons.equals(offered)) {
            buttons.setAll(offered);
        }
    }

    /** Presses one of the app's buttons: the engine queues the command and brings the app to the front to run it. */
    public void press(String command) {
        if (selectedPackage.get() == null) {
            ui.status().problem("Load a package first: Open package… or drop a jar on the window.");
            return;
        }
        ui.report(ui.port().pressAppButton(selectedPackage.get(), command));
    }

    public void perform(AppAction action) {
        if (selectedPackage.get() == null) {
            ui.status().problem("Load a package first: Open package… or drop a jar on the window.");
            return;
        }
        ui.report(ui.port().appAction(selectedPackage.get(), action));
    }

    public ObservableList<String> packages() { return packages; }

    public StringProperty selectedPackageProperty() { return selectedPackage; }

    public StringProperty appStateProperty() { return appState; }

    public StringProperty accessStatusProperty() { return accessStatus; }

    public ObjectProperty<AccessSetting> accessProperty() { return access; }

    /** The selected package's LocalSettings, by key, but for the list of buttons ({@link #buttons()}). */
    public ObservableList<SettingRow> settings() { return settings; }

    /** The commands the selected package's app publishes, in its order: one button each. */
    public ObservableList<String> buttons() { return buttons; }
}

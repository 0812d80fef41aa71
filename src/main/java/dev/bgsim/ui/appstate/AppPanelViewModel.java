package dev.bgsim.ui.appstate;

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

/** The app panel (SPEC 3.9): which package's app, its state, lifecycle actions and access setting. */
public final class AppPanelViewModel {
    private final UiContext ui;
    private final SessionRegistry registry;
    private final ObservableList<String> packages = FXCollections.observableArrayList();
    private final StringProperty selectedPackage = new SimpleStringProperty(this, "selectedPackage");
    private final StringProperty appState = new SimpleStringProperty(this, "appState", "—");
    private final StringProperty accessStatus = new SimpleStringProperty(this, "accessStatus", "—");
    private final ObjectProperty<AccessSetting> access = new SimpleObjectProperty<>(this, "access");
    private boolean mirroring;

    public AppPanelViewModel(UiContext ui, SessionRegistry registry) {
        this.ui = ui;
        this.registry = registry;
        registry.revisionProperty().addListener((o, was, now) -> refresh());
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
}

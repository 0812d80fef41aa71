package dev.bgsim.ui.shell;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** What the user has selected, shared by tree, timeline and inspector. FX thread only. */
public final class Selection {
    private final ObjectProperty<UUID> registration = new SimpleObjectProperty<>(this, "registration");
    private final ObjectProperty<UUID> instance = new SimpleObjectProperty<>(this, "instance");
    private final ObjectProperty<String> pkg = new SimpleObjectProperty<>(this, "package");

    public ObjectProperty<UUID> registrationProperty() { return registration; }

    public ObjectProperty<UUID> instanceProperty() { return instance; }

    /** The package row selected in the tree (null when a registration or instance is selected). */
    public ObjectProperty<String> packageProperty() { return pkg; }
}

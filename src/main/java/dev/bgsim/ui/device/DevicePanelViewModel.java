package dev.bgsim.ui.device;

import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.ui.session.SimulationStatus;
import dev.bgsim.ui.shell.UiContext;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The device panel's state (SPEC 3.2): one property per control. It mirrors the engine's device
 * state as events report it; a change the user makes becomes one device command. The mirror
 * guard keeps an update from the engine from echoing back as a command.
 */
public final class DevicePanelViewModel {
    private final UiContext ui;
    private final ObjectProperty<PowerSource> power = new SimpleObjectProperty<>(this, "power", PowerSource.AC);
    private final IntegerProperty batteryPercent = new SimpleIntegerProperty(this, "batteryPercent", 100);
    private final DoubleProperty drainPerHour = new SimpleDoubleProperty(this, "drainPerHour", 0);
    private final ObjectProperty<BatterySaverMode> saver = new SimpleObjectProperty<>(this, "saver", BatterySaverMode.OFF);
    private final IntegerProperty saverThreshold = new SimpleIntegerProperty(this, "saverThreshold", 20);
    private final BooleanProperty internet = new SimpleBooleanProperty(this, "internet", true);
    private final BooleanProperty metered = new SimpleBooleanProperty(this, "metered");
    private final BooleanProperty userPresent = new SimpleBooleanProperty(this, "userPresent", true);
    private final BooleanProperty sessionConnected = new SimpleBooleanProperty(this, "sessionConnected", true);
    private final BooleanProperty screenOn = new SimpleBooleanProperty(this, "screenOn", true);
    private final ObjectProperty<MemoryPressure> memory = new SimpleObjectProperty<>(this, "memory", MemoryPressure.NORMAL);
    private final StringProperty profile = new SimpleStringProperty(this, "profile", "desktop");
    private final StringProperty saverSummary = new SimpleStringProperty(this, "saverSummary", "");
    private final StringProperty profileProblem = new SimpleStringProperty(this, "profileProblem", "");
    private final javafx.collections.ObservableList<String> profileChoices = javafx.collections.FXCollections.observableArrayList();
    /** Custom profiles loaded in this session: name → file, so choosing one again reads its file again. */
    private final java.util.Map<String, java.nio.file.Path> customProfiles = new java.util.LinkedHashMap<>();
    private final SimulationStatus status;
    private java.nio.file.Path loadingCustom;
    private boolean mirroring;

    /** The last entry of the profile box: choosing it opens a file chooser for a custom JSON profile. */
    public static final String CUSTOM_PROFILE = "Custom profile…";

    public DevicePanelViewModel(UiContext ui, SimulationStatus status) {
        this.ui = ui;
        this.status = status;
        profileChoices.setAll(ui.port().profileNames());
        profileChoices.add(CUSTOM_PROFILE);
        mirror(status.deviceProperty().get(), status.profileProperty().get());
        status.deviceProperty().addListener((o, was, now) -> mirror(now, status.profileProperty().get()));
        status.profileProperty().addListener((o, was, now) -> mirror(status.deviceProperty().get(), now));
        sendOnChange(power, v -> d -> d.withPower(v));
        sendOnChange(batteryPercent, v -> d -> d.withBatteryPercent(v.intValue()));
        sendOnChange(drainPerHour, v -> d -> d.withDrain(v.doubleValue()));
        sendOnChange(saver, v -> d -> d.withSaver(v));
        sendOnChange(saverThreshold, v -> d -> d.withSaverThreshold(v.intValue()));
        sendOnChange(internet, v -> d -> d.withInternet(v));
        sendOnChange(metered, v -> d -> d.withMetered(v));
        sendOnChange(userPresent, v -> d -> d.withUserPresent(v));
        sendOnChange(sessionConnected, v -> d -> d.withSessionConnected(v));
        sendOnChange(screenOn, v -> d -> d.withScreenOn(v));
        sendOnChange(memory, v -> d -> d.withMemoryPressure(v));
        profile.addListener((o, was, now) -> {
            if (!mirroring && now != null && !now.equals(CUSTOM_PROFILE)) {
                java.nio.file.Path custom = customProfiles.get(now);
                reportProfile(custom == null ? ui.port().setProfile(now) : ui.port().setCustomProfile(custom), custom);
            }
        });
    }

    /**
     * Switches to the device profile in {@code file} (docs/device-profiles.md). What is wrong with
     * the file shows under the profile box and in the status area; the profile stays as it was.
     */
    public void loadCustomProfile(java.nio.file.Path file) {
        reportProfile(ui.port().setCustomProfile(file), file);
    }

    private void reportProfile(java.util.concurrent.CompletableFuture<dev.bgsim.ui.port.Outcome> request,
                               java.nio.file.Path custom) {
        ui.report(request);
        request.whenComplete((o, failure) -> ui.fxThread().execute(() -> {
            boolean ok = failure == null && o.ok();
            profileProblem.set(ok ? "" : failure == null ? o.message() : String.valueOf(failure.getMessage()));
            if (ok && custom != null) {
                // The ProfileChanged event names the profile; the file is remembered under that name.
                loadingCustom = custom;
            }
            // A refused profile leaves the box on the profile still in force.
            mirror(status.deviceProperty().get(), status.profileProperty().get());
        }));
    }

    private <T> void sendOnChange(Property<T> p, java.util.function.Function<T, UnaryOperator<DeviceState>> change) {
        p.addListener((o, was, now) -> {
            if (!mirroring && now != null) {
                ui.report(ui.port().changeDevice(change.apply(now)));
            }
        });
    }

    private void mirror(DeviceState d, String profileName) {
        mirroring = true;
        try {
            power.set(d.power());
            batteryPercent.set(d.batteryPercent());
            drainPerHour.set(d.drainPercentPerHour());
            saver.set(d.saverMode());
            internet.set(d.internet());
            metered.set(d.metered());
            userPresent.set(d.userPresent());
            sessionConnected.set(d.sessionConnected());
            screenOn.set(d.screenOn());
            memory.set(d.memoryPressure());
            saverThreshold.set(d.saverThresholdPercent());
            rememberCustom(profileName);
            profile.set(profileName);
            saverSummary.set(describeSaver(d));
        } finally {
            mirroring = false;
        }
    }

    /** A profile name the box does not list yet is a custom profile just loaded: it joins the list. */
    private void rememberCustom(String profileName) {
        if (profileName == null || profileChoices.contains(profileName)) {
            return;
        }
        if (loadingCustom != null) {
            customProfiles.put(profileName, loadingCustom);
            loadingCustom = null;
        }
        profileChoices.add(profileChoices.size() - 1, profileName);
    }

    static String describeSaver(DeviceState d) {
        if (d.saverActive()) {
            return "Battery saver is in effect";
        }
        if (d.power() == PowerSource.AC) {
            return d.saverMode() == BatterySaverMode.OFF ? "" : "Not in effect on AC power";
        }
        return d.saverMode() == BatterySaverMode.AUTO
                ? "Switches on at " + d.saverThresholdPercent() + "%" : "";
    }

    /** The profile box's entries: built-in profiles, custom ones loaded so far, then {@link #CUSTOM_PROFILE}. */
    public javafx.collections.ObservableList<String> profileChoices() { return profileChoices; }

    /** Why the last custom profile was refused ({@code file:line:col: what; what would be right}), or "". */
    public StringProperty profileProblemProperty() { return profileProblem; }

    /** The battery level at which battery saver switches on in automatic mode, on battery. */
    public IntegerProperty saverThresholdProperty() { return saverThreshold; }

    public ObjectProperty<PowerSource> powerProperty() { return power; }

    public IntegerProperty batteryPercentProperty() { return batteryPercent; }

    public DoubleProperty drainPerHourProperty() { return drainPerHour; }

    public ObjectProperty<BatterySaverMode> saverProperty() { return saver; }

    public BooleanProperty internetProperty() { return internet; }

    public BooleanProperty meteredProperty() { return metered; }

    public BooleanProperty userPresentProperty() { return userPresent; }

    public BooleanProperty sessionConnectedProperty() { return sessionConnected; }

    public BooleanProperty screenOnProperty() { return screenOn; }

    public ObjectProperty<MemoryPressure> memoryProperty() { return memory; }

    public StringProperty profileProperty() { return profile; }

    /** Whether battery saver is in effect, or when it would be. */
    public StringProperty saverSummaryProperty() { return saverSummary; }
}

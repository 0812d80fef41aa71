package dev.bgsim.ui.device;

import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.MemoryPressure;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.ui.shell.FormGrid;
import dev.bgsim.ui.shell.Panels;
import dev.bgsim.ui.theme.UiStyles;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.ToggleSwitch;
import org.kordamp.ikonli.material2.Material2MZ;

/** The device panel (SPEC 3.2): one real control per piece of device and policy state. */
public final class DevicePanelView {
    private final DevicePanelViewModel vm;

    public DevicePanelView(DevicePanelViewModel vm) {
        this.vm = vm;
    }

    public VBox createView() {
        FormGrid form = new FormGrid();
        form.add("Profile", profileBox(),
                "Device profile: time limits, memory quota, grace period, low-memory kills (SPEC 3.2);"
                        + " " + DevicePanelViewModel.CUSTOM_PROFILE + " reads one from a JSON file");
        Label profileProblem = new Label();
        profileProblem.setId("device-profile-problem");
        profileProblem.getStyleClass().add(UiStyles.STATUS_ERROR);
        profileProblem.setWrapText(true);
        profileProblem.textProperty().bind(vm.profileProblemProperty());
        profileProblem.visibleProperty().bind(vm.profileProblemProperty().isNotEmpty());
        profileProblem.managedProperty().bind(profileProblem.visibleProperty());
        form.addWide(profileProblem);
        form.add("Power", choice("device-power", FXCollections.observableArrayList(PowerSource.values()),
                vm.powerProperty(), p -> p == PowerSource.AC ? "AC power" : "Battery"), "Where the device draws power from");
        form.add("Battery level", batteryRow(), "Battery level; drag and release to set it");
        form.add("Drain", drainRow(), "How fast the battery drains while on battery, in % per hour");
        form.add("Battery saver", choice("device-saver", FXCollections.observableArrayList(BatterySaverMode.values()),
                vm.saverProperty(), m -> switch (m) {
                    case OFF -> "Off";
                    case ON -> "On";
                    case AUTO -> "Automatic";
                }), "Battery saver: blocks and cancels background work of apps not always allowed, on battery");
        form.add("Saver at", thresholdRow(),
                "Automatic battery saver switches on at or below this battery level, on battery (default 20%)");
        Label saverHint = new Label();
        saverHint.getStyleClass().add(UiStyles.MUTED);
        saverHint.textProperty().bind(vm.saverSummaryProperty());
        form.addWide(saverHint);
        form.add("Internet", toggle("device-internet", vm.internetProperty()), "Internet available");
        form.add("Metered", toggle("device-metered", vm.meteredProperty()), "The network is metered (costed)");
        form.add("User present", toggle("device-user", vm.userPresentProperty()), "The user is at the device");
        form.add("Session", toggle("device-session", vm.sessionConnectedProperty()), "The user session is connected");
        form.add("Screen on", toggle("device-screen", vm.screenOnProperty()), "The screen is on");
        form.add("Memory", choice("device-memory", FXCollections.observableArrayList(MemoryPressure.values()),
                vm.memoryProperty(), m -> m.name().charAt(0) + m.name().substring(1).toLowerCase()),
                "Memory pressure; on phone profiles low memory kills background tasks silently");
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        return Panels.titled("Device", Material2MZ.PHONELINK_SETUP, scroll);
    }

    /**
     * The profile box: built-in and loaded custom profiles, and {@link DevicePanelViewModel#CUSTOM_PROFILE},
     * which opens a file chooser instead of being chosen. Its file chooser sits in the box's
     * properties under {@link #FILE_CHOOSER} so headless tests, which cannot drive a native dialog, can stand in for it.
     */
    private ChoiceBox<String> profileBox() {
        ChoiceBox<String> box = new ChoiceBox<>(vm.profileChoices());
        box.setId("device-profile");
        javafx.beans.property.ObjectProperty<java.util.function.Function<javafx.stage.Window, java.io.File>> chooser =
                new javafx.beans.property.SimpleObjectProperty<>(DevicePanelView::chooseProfileFile);
        box.getProperties().put(FILE_CHOOSER, chooser);
        box.setValue(vm.profileProperty().get());
        vm.profileProperty().addListener((o, was, now) -> box.setValue(now));
        box.valueProperty().addListener((o, was, now) -> {
            if (DevicePanelViewModel.CUSTOM_PROFILE.equals(now)) {
                // Not a profile: the box goes back to the one in force, and the file chosen (if any) is loaded.
                javafx.application.Platform.runLater(() -> {
                    box.setValue(vm.profileProperty().get());
                    java.io.File file = chooser.get().apply(box.getScene() == null ? null : box.getScene().getWindow());
                    if (file != null) {
                        vm.loadCustomProfile(file.toPath());
                    }
                });
            } else if (now != null) {
                vm.profileProperty().set(now);
            }
        });
        return box;
    }

    /** Key of the box's file chooser (a {@code Function<Window, File>} in an ObjectProperty). */
    public static final String FILE_CHOOSER = "bgsim.profileFileChooser";

    private static java.io.File chooseProfileFile(javafx.stage.Window owner) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Open a device profile");
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Device profile (JSON)", "*.json"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser.showOpenDialog(owner);
    }

    /** The automatic saver's threshold: a slider like the battery level's, one command when it is let go. */
    private HBox thresholdRow() {
        Slider slider = new Slider(0, 100, vm.saverThresholdProperty().get());
        slider.setId("device-saver-threshold");
        slider.setBlockIncrement(5);
        Label value = new Label();
        value.getStyleClass().add(UiStyles.FIELD_VALUE);
        value.setMinWidth(40);
        value.textProperty().bind(slider.valueProperty().asString("%.0f %%"));
        vm.saverThresholdProperty().addListener((o, was, now) -> {
            if (!slider.isValueChanging()) {
                slider.setValue(now.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                vm.saverThresholdProperty().set((int) Math.round(slider.getValue()));
            }
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (!slider.isValueChanging()) {
                vm.saverThresholdProperty().set((int) Math.round(now.doubleValue()));
            }
        });
        // Only the automatic mode has a threshold.
        slider.disableProperty().bind(vm.saverProperty().isNotEqualTo(BatterySaverMode.AUTO));
        return grow(slider, value);
    }

    private HBox batteryRow() {
        Slider slider = new Slider(0, 100, vm.batteryPercentProperty().get());
        slider.setId("device-battery");
        Label value = new Label();
        value.getStyleClass().add(UiStyles.FIELD_VALUE);
        value.setMinWidth(40);
        value.textProperty().bind(slider.valueProperty().asString("%.0f %%"));
        vm.batteryPercentProperty().addListener((o, was, now) -> {
            if (!slider.isValueChanging()) {
                slider.setValue(now.doubleValue());
            }
        });
        // One command when the user lets go, not one per pixel dragged (STYLE habit 6).
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                vm.batteryPercentProperty().set((int) Math.round(slider.getValue()));
            }
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (!slider.isValueChanging()) {
                vm.batteryPercentProperty().set((int) Math.round(now.doubleValue()));
            }
        });
        return grow(slider, value);
    }

    private HBox drainRow() {
        Slider slider = new Slider(0, 100, vm.drainPerHourProperty().get());
        slider.setId("device-drain");
        slider.setBlockIncrement(5);
        Label value = new Label();
        value.getStyleClass().add(UiStyles.FIELD_VALUE);
        value.setMinWidth(40);
        value.textProperty().bind(slider.valueProperty().asString("%.0f %%/h"));
        vm.drainPerHourProperty().addListener((o, was, now) -> {
            if (!slider.isValueChanging()) {
                slider.setValue(now.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                vm.drainPerHourProperty().set(Math.round(slider.getValue()));
            }
        });
        return grow(slider, value);
    }

    private static HBox grow(Slider slider, Label value) {
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox box = new HBox(6, slider, value);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static ToggleSwitch toggle(String id, BooleanProperty property) {
        ToggleSwitch t = new ToggleSwitch();
        t.setId(id);
        t.selectedProperty().bindBidirectional(property);
        return t;
    }

    private static <T> ChoiceBox<T> choice(String id, javafx.collections.ObservableList<T> items,
                                           javafx.beans.property.Property<T> property,
                                           java.util.function.Function<T, String> names) {
        ChoiceBox<T> box = new ChoiceBox<>(items);
        box.setId(id);
        if (names != null) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : names.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
        }
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}

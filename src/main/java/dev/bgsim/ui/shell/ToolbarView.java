package dev.bgsim.ui.shell;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.theme.UiStyles;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.ToggleSwitch;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main toolbar: clock, play/pause, step, speed, time skipping with its reason, open, theme (and record, in a live window). */
public final class ToolbarView {
    /** The toolbar's id: the live window adds its record button ({@code replay.LiveRecordings}). */
    public static final String ID = "toolbar";
    /** The gap between the clock controls and the package controls: added controls go before it. */
    public static final String SPRING_ID = "toolbar-spring";
    private final ToolbarViewModel vm;
    private final Runnable openPackage;
    private final Runnable toggleTheme;
    private final RecentPackages recent;

    public ToolbarView(ToolbarViewModel vm, Runnable openPackage, Runnable toggleTheme, RecentPackages recent) {
        this.vm = vm;
        this.openPackage = openPackage;
        this.toggleTheme = toggleTheme;
        this.recent = recent;
    }

    public ToolBar createView() {
        Button play = ActionFactory.button(UiAction.PLAY_PAUSE, false, vm::togglePause, null);
        vm.status().pausedProperty().addListener((o, was, paused) -> play.setGraphic(playIcon(paused)));
        play.setGraphic(playIcon(vm.status().pausedProperty().get()));
        Button step = ActionFactory.button(UiAction.STEP, false, vm::step, null);
        Region spring = new Region();
        spring.setId(SPRING_ID);
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(clock(), play, step, speedBox(), new Separator(), skipping(), spring,
                ActionFactory.button(UiAction.OPEN_PACKAGE, true, openPackage, null), recentMenu(),
                ActionFactory.button(UiAction.TOGGLE_THEME, false, toggleTheme, null));
        bar.setId(ID);
        return bar;
    }

    /** Recent packages, rebuilt each time the menu opens. */
    private MenuButton recentMenu() {
        MenuButton menu = new MenuButton("Recent");
        menu.setId("recent-packages");
        menu.setTooltip(ActionFactory.tooltip("Open a package file you opened before"));
        menu.setOnShowing(e -> {
            List<String> paths = recent.paths().get();
            menu.getItems().setAll(paths.stream().map(p -> {
                MenuItem item = new MenuItem(p);
                item.setOnAction(a -> recent.open().accept(Path.of(p)));
                return item;
            }).toList());
            if (paths.isEmpty()) {
                MenuItem none = new MenuItem("No recent packages yet");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        });
        menu.getItems().add(new MenuItem("No recent packages yet"));
        return menu;
    }

    private static FontIcon playIcon(boolean paused) {
        return new FontIcon(paused ? Material2MZ.PLAY_ARROW : Material2MZ.PAUSE);
    }

    private VBox clock() {
        Label time = new Label();
        time.setId("clock");
        time.getStyleClass().add(UiStyles.CLOCK);
        time.textProperty().bind(vm.clockText());
        Label elapsed = new Label();
        elapsed.getStyleClass().addAll(UiStyles.MUTED, UiStyles.MONO);
        elapsed.textProperty().bind(vm.elapsedText());
        time.setTooltip(ActionFactory.tooltip("Simulated time (UTC); below it, time since the simulation started"));
        VBox box = new VBox(0, time, elapsed);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ComboBox<Double> speedBox() {
        ComboBox<Double> speed = new ComboBox<>(FXCollections.observableArrayList(ToolbarViewModel.SPEEDS));
        speed.setId("speed");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : (d == Math.floor(d) ? String.format("%.0f×", d) : d + "×");
            }

            @Override
            public Double fromString(String s) {
                return Double.parseDouble(s.replace("×", "").trim());
            }
        });
        speed.setValue(vm.status().speedProperty().get());
        vm.status().speedProperty().addListener((o, was, now) -> speed.setValue(now.doubleValue()));
        speed.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.setSpeed(now);
            }
        });
        speed.setTooltip(ActionFactory.tooltip("Speed of simulated time while a task does real work (0.25× to 100×)"));
        return speed;
    }

    private HBox skipping() {
        ToggleSwitch toggle = new ToggleSwitch("Time skipping");
        toggle.setId("time-skipping");
        toggle.setSelected(vm.status().timeSkippingProperty().get());
        vm.status().timeSkippingProperty().addListener((o, was, now) -> toggle.setSelected(now));
        toggle.selectedProperty().addListener((o, was, now) -> vm.setTimeSkipping(now));
        toggle.setTooltip(ActionFactory.tooltip(
                "When every task waits on TaskClock (or none runs), jump straight to the next due event"));
        Label why = new Label();
        why.setId("clock-reason");
        why.getStyleClass().add(UiStyles.CLOCK_REASON);
        why.textProperty().bind(vm.status().clockExplanationProperty());
        why.setMaxWidth(520);
        why.setTooltip(ActionFactory.tooltip("Why simulated time is or is not skipping right now"));
        why.tooltipProperty().get().textProperty().bind(vm.status().clockExplanationProperty());
        HBox box = new HBox(10, toggle, why);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}

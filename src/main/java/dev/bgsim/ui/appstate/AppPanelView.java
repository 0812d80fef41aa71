package dev.bgsim.ui.appstate;

import dev.bgsim.engine.app.AppButtons;
import dev.bgsim.engine.device.AccessSetting;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.port.AppAction;
import dev.bgsim.ui.shell.FormGrid;
import dev.bgsim.ui.shell.Panels;
import dev.bgsim.ui.theme.UiStyles;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The app panel: package, app state, lifecycle buttons, background access setting; then the
 * buttons the app publishes and its LocalSettings, live. A bgsim app has no window: this is where a
 * user presses its buttons and reads what its pages would show.
 */
public final class AppPanelView {
    /** Style class of every button the app publishes; its user data is the command it presses. */
    public static final String APP_COMMAND = "bg-app-command";
    /** Button rows wrap at the column's width; a small preferred wrap keeps them from widening it. */
    private static final double WRAP = 120;

    private final AppPanelViewModel vm;

    public AppPanelView(AppPanelViewModel vm) {
        this.vm = vm;
    }

    public VBox createView() {
        ChoiceBox<String> pkg = new ChoiceBox<>(vm.packages());
        pkg.setId("app-package");
        pkg.valueProperty().bindBidirectional(vm.selectedPackageProperty());
        Label state = new Label();
        state.setId("app-state");
        state.textProperty().bind(vm.appStateProperty());
        vm.appStateProperty().addListener((o, was, now) -> {
            state.getStyleClass().setAll("label", UiStyles.BADGE, UiStyles.state(now));
        });
        ChoiceBox<AccessSetting> access = new ChoiceBox<>(FXCollections.observableArrayList(AccessSetting.values()));
        access.setId("app-access");
        access.valueProperty().bindBidirectional(vm.accessProperty());
        Label accessStatus = new Label();
        accessStatus.getStyleClass().add(UiStyles.MUTED);
        accessStatus.textProperty().bind(vm.accessStatusProperty());
        FormGrid form = new FormGrid()
                .add("Package", pkg, "The package whose app this panel controls")
                .add("State", state, "The app's lifecycle state (SPEC 3.9)")
                .add("Access", access, "The user's background access setting for this app")
                .add("Status", accessStatus, "BackgroundAccessStatus as the app sees it");
        FlowPane buttons = new FlowPane(4, 4);
        buttons.setPrefWrapLength(WRAP); // wrap to the column's width, not FlowPane's default 400 px
        for (AppAction a : AppAction.values()) {
            Button b = new Button(a.label());
            b.setId("app-" + a.name().toLowerCase());
            b.getStyleClass().add("small");
            b.setTooltip(ActionFactory.tooltip(a.description()));
            b.setOnAction(e -> vm.perform(a));
            buttons.getChildren().add(b);
        }
        form.addWide(buttons);
        VBox body = new VBox(6, form.node(), section("App buttons"), appButtons(), section("LocalSettings"), settingsList());
        body.getStyleClass().add(UiStyles.PANEL_BODY);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return Panels.titled("App", Material2AL.APPS, scroll);
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add(UiStyles.SECTION);
        return label;
    }

    /**
     * One button per command the app publishes, in rows per subject ({@link ButtonRows}); a hint
     * saying how to get them while there are none.
     */
    private Node appButtons() {
        VBox rows = new VBox(3);
        rows.setId("app-buttons");
        Label hint = new Label("No buttons yet. Launch the app: an app without a window lists the commands it"
                + " understands in its LocalSettings value " + AppButtons.AVAILABLE + ", and each shows here as a button.");
        hint.setId("app-buttons-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add(UiStyles.MUTED);
        Runnable fill = () -> {
            List<Node> nodes = new ArrayList<>();
            FlowPane loose = null;
            for (ButtonRows.Row row : ButtonRows.of(vm.buttons())) {
                if (row.subject() == null) {
                    if (loose == null) {
                        loose = flow();
                        nodes.add(loose);
                    }
                    loose.getChildren().add(button(row.presses().get(0)));
                    continue;
                }
                loose = null;
                FlowPane line = flow();
                Label subject = new Label(row.subject());
                subject.getStyleClass().add(UiStyles.FIELD_LABEL);
                line.getChildren().add(subject);
                row.presses().forEach(p -> line.getChildren().add(button(p)));
                nodes.add(line);
            }
            rows.getChildren().setAll(nodes);
            boolean none = nodes.isEmpty();
            hint.setVisible(none);
            hint.setManaged(none);
        };
        vm.buttons().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return new VBox(hint, rows);
    }

    private static FlowPane flow() {
        FlowPane pane = new FlowPane(4, 4);
        pane.setPrefWrapLength(WRAP);
        pane.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return pane;
    }

    private Button button(ButtonRows.Press press) {
        Button b = new Button(press.label());
        b.getStyleClass().addAll("small", APP_COMMAND);
        b.setUserData(press.command());
        b.setTooltip(ActionFactory.tooltip("\"" + press.command() + "\": queued in the app's LocalSettings value "
                + AppButtons.QUEUE + "; the app is brought to the front, where it runs it"));
        b.setOnAction(e -> vm.press(press.command()));
        return b;
    }

    /**
     * The selected package's LocalSettings, updated as the app and its tasks write them: each value
     * under its key, both whole (keys like {@code Status:SampleBackgroundTaskWithCondition} are long,
     * and two of them differ only at the end, so a narrow table column would cut what matters).
     */
    private Node settingsList() {
        ListView<SettingRow> list = new ListView<>(vm.settings());
        list.setId("app-settings");
        list.setPlaceholder(new Label("No LocalSettings values for this package yet"));
        list.setCellFactory(v -> new SettingCell());
        list.setPrefHeight(300);
        list.setMinHeight(140);
        return list;
    }

    /** Key above, small and muted; value below, wrapped. */
    private static final class SettingCell extends ListCell<SettingRow> {
        private final Label key = new Label();
        private final Label value = new Label();
        private final VBox box = new VBox(1, key, value);

        SettingCell() {
            key.getStyleClass().addAll(UiStyles.MUTED, UiStyles.MONO);
            value.setWrapText(true);
            box.setMinWidth(0);
            box.setPrefWidth(1); // follow the list's width rather than the text's, so the value wraps
            setGraphic(null);
        }

        @Override
        protected void updateItem(SettingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            key.setText(row.key());
            value.setText(row.value());
            setGraphic(box);
        }
    }
}

package dev.bgsim.ui.appstate;

import dev.bgsim.engine.device.AccessSetting;
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

/** The app panel: package, app state, lifecycle buttons, background access setting. */
public final class AppPanelView {
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
        for (AppAction a : AppAction.values()) {
            Button b = new Button(a.label());
            b.setId("app-" + a.name().toLowerCase());
            b.getStyleClass().add("small");
            b.setTooltip(ActionFactory.tooltip(a.description()));
            b.setOnAction(e -> vm.perform(a));
            buttons.getChildren().add(b);
        }
        form.addWide(buttons);
        return Panels.titled("App", Material2AL.APPS, form.node());
    }
}

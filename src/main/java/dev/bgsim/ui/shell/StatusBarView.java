package dev.bgsim.ui.shell;

import dev.bgsim.ui.theme.UiStyles;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The status area: the last outcome or problem in words, and a spinner while slow work runs. */
public final class StatusBarView {
    private final StatusViewModel vm;

    public StatusBarView(StatusViewModel vm) {
        this.vm = vm;
    }

    public HBox createView() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        message.setGraphic(new FontIcon(Material2AL.INFO));
        vm.errorProperty().addListener((o, was, error) -> {
            message.getStyleClass().removeAll(UiStyles.STATUS_ERROR, UiStyles.STATUS_OK);
            message.getStyleClass().add(error ? UiStyles.STATUS_ERROR : UiStyles.STATUS_OK);
            message.setGraphic(new FontIcon(error ? Material2MZ.WARNING : Material2AL.INFO));
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox bar = new HBox(8, busy, message);
        bar.getStyleClass().add(UiStyles.STATUS_BAR);
        return bar;
    }
}

package dev.bgsim.ui.shell;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.theme.UiStyles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The status area: the last outcome or problem in words, and a spinner while slow work runs. */
public final class StatusBarView {
    private static final int SHOWN_LINES = 4;
    private final StatusViewModel vm;

    public StatusBarView(StatusViewModel vm) {
        this.vm = vm;
    }

    public HBox createView() {
        Label message = new Label();
        message.setId("status-message");
        // A refused package can have many diagnostics: show the first lines, all of them on hover.
        message.textProperty().bind(Bindings.createStringBinding(
                () -> StatusViewModel.firstLines(vm.messageProperty().get(), SHOWN_LINES), vm.messageProperty()));
        Tooltip all = ActionFactory.tooltip("");
        all.textProperty().bind(vm.messageProperty());
        message.setTooltip(all);
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

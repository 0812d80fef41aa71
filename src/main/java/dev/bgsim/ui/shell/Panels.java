package dev.bgsim.ui.shell;

import dev.bgsim.ui.theme.UiStyles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The panel frame every side panel uses: a small header with icon and title, then the body. */
public final class Panels {
    private Panels() {
    }

    public static VBox titled(String title, Ikon icon, Node body, Node... headerTools) {
        Label label = new Label(title, new FontIcon(icon));
        label.getStyleClass().add(UiStyles.PANEL_TITLE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(6, label, spring);
        header.getChildren().addAll(headerTools);
        header.getStyleClass().add("bg-panel-header");
        VBox box = new VBox(header, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.getStyleClass().add(UiStyles.PANEL);
        return box;
    }
}

package dev.bgsim.ui.registry;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.shell.ChangedOnDisk;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A non-modal bar over the packages tree when a loaded package's files changed on disk: which
 * package and file, a Reload button (an update, as the tree's Reload) and Dismiss. Hidden otherwise.
 */
final class ChangedOnDiskNotice {
    private final ChangedOnDisk model;

    ChangedOnDiskNotice(ChangedOnDisk model) {
        this.model = model;
    }

    javafx.scene.layout.VBox createView() {
        Label text = new Label();
        text.setId("package-changed-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button reload = new Button("Reload", new FontIcon(Material2MZ.REFRESH));
        reload.setId("package-changed-reload");
        reload.setTooltip(ActionFactory.tooltip("Read the changed files again: an update (running tasks are cancelled"
                + " with SERVICING_UPDATE, then SERVICING_COMPLETE fires)"));
        reload.setOnAction(e -> model.reloadAll());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("package-changed-dismiss");
        dismiss.setTooltip(ActionFactory.tooltip("Keep running the package as loaded; a later change shows this again"));
        dismiss.setOnAction(e -> model.dismiss());
        // Two lines: the side column is narrow, and the file name is what the user needs to read.
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(6, new FontIcon(Material2MZ.SYNC_PROBLEM), text);
        line.setAlignment(Pos.TOP_LEFT);
        HBox buttons = new HBox(6, reload, dismiss);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(4, line, buttons);
        bar.setId("package-changed");
        bar.getStyleClass().add("bg-changed-notice");
        Runnable show = () -> {
            text.setText(describe());
            bar.setVisible(!model.changed().isEmpty());
            bar.setManaged(bar.isVisible());
        };
        model.changed().addListener((MapChangeListener<String, String>) c -> show.run());
        show.run();
        return bar;
    }

    private String describe() {
        var changed = model.changed();
        if (changed.size() == 1) {
            var e = changed.entrySet().iterator().next();
            return e.getKey() + " changed on disk (" + Path.of(e.getValue()).getFileName() + ").";
        }
        return changed.size() + " packages changed on disk: " + changed.keySet().stream().collect(Collectors.joining(", "))
                + ".";
    }
}

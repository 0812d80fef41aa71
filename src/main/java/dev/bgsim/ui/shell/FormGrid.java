package dev.bgsim.ui.shell;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.theme.UiStyles;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column label/control grid, the layout of the device and app panels. */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.getStyleClass().add(UiStyles.PANEL_BODY);
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(96);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
    }

    /** Adds a labelled row; the tooltip goes on both the label and the control. */
    public FormGrid add(String label, Node control, String tooltip) {
        Label l = new Label(label);
        l.getStyleClass().add(UiStyles.FIELD_LABEL);
        l.setLabelFor(control);
        l.setTooltip(ActionFactory.tooltip(tooltip));
        if (control instanceof Control c) {
            c.setTooltip(ActionFactory.tooltip(tooltip));
            c.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        row++;
        return this;
    }

    /** A row spanning both columns (a hint under a control). */
    public FormGrid addWide(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
        return this;
    }

    public GridPane node() {
        return grid;
    }
}

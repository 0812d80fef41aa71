package dev.bgsim.ui.findings;

import dev.bgsim.checker.Finding;
import dev.bgsim.pkg.Severity;
import dev.bgsim.ui.theme.UiStyles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The findings tab: severity icon, rule, subject, simulated time and message, one row per finding;
 * double-click (or Enter) opens a finding: its instance or registration is selected and the
 * guideline it breaks is shown beside the table.
 */
public final class FindingsView {
    private final FindingsViewModel vm;
    private final TableView<Finding> table = new TableView<>();
    private final TextArea guideline = new TextArea();

    public FindingsView(FindingsViewModel vm) {
        this.vm = vm;
    }

    public SplitPane createView() {
        table.setId("findings-table");
        table.setItems(vm.findings());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(severityColumn(),
                column("Rule", 70, Finding::ruleId),
                column("Subject", 190, Finding::subject),
                column("Sim time", 110, FindingsViewModel::time),
                column("Message", 520, Finding::message)));
        table.getStyleClass().add("dense");
        Label empty = new Label("Guideline findings appear here as tasks run.");
        empty.getStyleClass().add(UiStyles.EMPTY_HINT);
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        guideline.setId("finding-guideline");
        guideline.setEditable(false);
        guideline.setWrapText(true);
        guideline.setPromptText("Double-click a finding to see the guideline it breaks.");
        vm.openedProperty().addListener((o, was, now) -> {
            guideline.setText(now == null ? "" : FindingsViewModel.guidelineText(now));
            // Opened from its timeline mark: its row is shown selected too.
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        SplitPane split = new SplitPane(table, guideline);
        split.setDividerPositions(0.68);
        return split;
    }

    private static TableColumn<Finding, Finding> severityColumn() {
        TableColumn<Finding, Finding> c = new TableColumn<>("");
        c.setPrefWidth(90);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                FontIcon icon = new FontIcon(icon(f.severity()));
                icon.getStyleClass().add(UiStyles.FINDING_PREFIX + f.severity().label());
                setGraphic(icon);
                setText(FindingsViewModel.severity(f));
            }
        });
        return c;
    }

    static org.kordamp.ikonli.Ikon icon(Severity severity) {
        return switch (severity) {
            case ERROR -> Material2AL.ERROR;
            case WARNING -> Material2MZ.WARNING;
            case INFO -> Material2AL.INFO;
        };
    }

    private static <T> TableColumn<Finding, T> column(String title, double width, Function<Finding, T> value) {
        TableColumn<Finding, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }
}

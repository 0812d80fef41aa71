package dev.bgsim.ui.log;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.theme.UiStyles;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.function.Function;

/** The event log tab: a table with type and subject filters, a search box and copy. */
public final class EventLogView {
    private final EventLogViewModel vm;
    private final TableView<LogRow> table = new TableView<>();

    public EventLogView(EventLogViewModel vm) {
        this.vm = vm;
    }

    public VBox createView() {
        table.setId("event-log");
        table.setItems(vm.shownRows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("#", 56, r -> r.seq()),
                column("Sim time", 124, LogRow::time),
                column("Type", 176, LogRow::type),
                column("Subject", 190, LogRow::subject),
                detailsColumn()));
        // The short columns keep their width; the details column takes what is left.
        table.getColumns().stream().limit(4).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.getStyleClass().addAll(UiStyles.MONO, "dense");
        // Tail the log, as a debugger console does, until the user picks rows to read or copy. The
        // rows change once a pulse (the view model appends a pulse's rows in one change), so this
        // scrolls at most once a pulse.
        vm.shownRows().addListener((javafx.collections.ListChangeListener<LogRow>) change -> {
            fixRowHeight();
            followTail();
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(4, filters(), table);
    }

    private HBox filters() {
        ChoiceBox<String> type = new ChoiceBox<>(vm.types());
        type.setId("log-type");
        type.valueProperty().bindBidirectional(vm.typeFilterProperty());
        type.setTooltip(ActionFactory.tooltip("Show only events of this type"));
        TextField subject = new TextField();
        subject.setId("log-subject");
        subject.setPromptText("Subject (Name#3, host, package)");
        subject.textProperty().bindBidirectional(vm.subjectFilterProperty());
        subject.setTooltip(ActionFactory.tooltip("Show only events about this registration, instance, host or package"));
        TextField search = new TextField();
        search.setId("log-search");
        search.setPromptText("Search");
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setTooltip(ActionFactory.tooltip("Show only events whose text contains this"));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(6, type, subject, search, ActionFactory.button(UiAction.COPY_LOG, true, this::copy, null));
        bar.getStyleClass().add("bg-filter-bar");
        return bar;
    }

    /**
     * Every row is one line high (see {@link #detailsColumn()}), so once a row has been laid out its
     * height is fixed for all: the table then neither measures new rows (CSS and layout of a
     * spare row each) nor sums row heights to find the tail, work that under thousands of events a
     * second cost the FX thread more than drawing the rows. Measured rather than set in CSS, so the
     * rows keep the height the theme and font give them.
     */
    private void fixRowHeight() {
        if (table.getFixedCellSize() > 0) {
            return;
        }
        for (javafx.scene.Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof javafx.scene.control.TableRow<?> row && !row.isEmpty() && row.getHeight() > 0) {
                table.setFixedCellSize(row.getHeight());
                return;
            }
        }
    }

    private void followTail() {
        if (table.getSelectionModel().isEmpty() && !vm.shownRows().isEmpty()) {
            table.scrollTo(vm.shownRows().size() - 1);
        }
    }

    private void copy() {
        List<LogRow> rows = table.getSelectionModel().getSelectedItems().isEmpty()
                ? List.copyOf(vm.shownRows()) : List.copyOf(table.getSelectionModel().getSelectedItems());
        ClipboardContent content = new ClipboardContent();
        content.putString(EventLogViewModel.copyText(rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Details on one line, so every row has the same height (a stack trace would make one row tall
     * and throw off tailing); the whole text is the cell's tooltip and what Copy copies.
     */
    private static TableColumn<LogRow, String> detailsColumn() {
        TableColumn<LogRow, String> c = column("Details", 300, LogRow::details);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.Tooltip full = ActionFactory.tooltip("");
            private String shown;

            {
                // Written out when it shows, not for each of the rows that scroll by unseen.
                full.setOnShowing(e -> full.setText(shown == null ? "" : LogRow.clipped(shown)));
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                shown = empty ? null : text;
                setText(shown == null ? null : LogRow.oneLine(shown));
                setTooltip(shown == null || shown.isEmpty() ? null : full);
            }
        });
        return c;
    }

    private static <T> TableColumn<LogRow, T> column(String title, double width, Function<LogRow, T> value) {
        TableColumn<LogRow, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }
}

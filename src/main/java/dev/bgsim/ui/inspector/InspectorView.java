package dev.bgsim.ui.inspector;

import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.shell.FormGrid;
import dev.bgsim.ui.shell.Panels;
import dev.bgsim.ui.theme.UiStyles;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** The inspector: the selected instance's state, time against its limit, progress, deferrals, output. */
public final class InspectorView {
    private final InspectorViewModel vm;
    private final VBox factsBox = new VBox();

    public InspectorView(InspectorViewModel vm) {
        this.vm = vm;
    }

    public VBox createView() {
        Label title = new Label();
        title.setId("inspector-title");
        title.getStyleClass().add("bg-inspector-title");
        title.textProperty().bind(vm.titleProperty());
        Label state = new Label();
        state.setId("inspector-state");
        state.textProperty().bind(vm.stateProperty());
        vm.stateProperty().addListener((o, was, now) -> restyleState(state, now));
        ProgressBar time = new ProgressBar();
        time.setId("inspector-time");
        time.progressProperty().bind(vm.timeUsedProperty());
        time.setMaxWidth(Double.MAX_VALUE);
        time.setTooltip(ActionFactory.tooltip("Elapsed simulated time against the instance's time limit"));
        Label timeText = new Label();
        timeText.setId("inspector-time-text");
        timeText.setTooltip(ActionFactory.tooltip("Simulated time counted against the limit: time its host or app"
                + " was suspended does not count (SPEC 3.7)"));
        timeText.textProperty().bind(vm.timeTextProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("inspector-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setTooltip(ActionFactory.tooltip("Progress the task reported (0–100)"));
        Label deferrals = new Label();
        deferrals.textProperty().bind(vm.deferralsProperty());
        deferrals.getStyleClass().add(UiStyles.MONO);
        deferrals.setWrapText(true);
        TextArea output = new TextArea();
        output.setId("inspector-output");
        output.setEditable(false);
        output.setPrefRowCount(6);
        output.getStyleClass().add(UiStyles.MONO);
        output.textProperty().bind(vm.outputProperty());
        vm.factsProperty().addListener((o, was, now) -> showFacts(now));
        showFacts(vm.factsProperty().get());
        VBox body = new VBox(6, new VBox(2, title, state), section("Elapsed vs time limit"), time, timeText,
                section("Progress"), progress, factsBox, section("Outstanding deferrals"), deferrals,
                section("Output"), output);
        body.getStyleClass().add(UiStyles.PANEL_BODY);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        return Panels.titled("Inspector", Material2MZ.SEARCH, scroll);
    }

    private static void restyleState(Label label, String state) {
        label.getStyleClass().removeIf(c -> c.startsWith(UiStyles.STATE_PREFIX));
        label.getStyleClass().setAll(UiStyles.BADGE);
        if (state != null && !state.isEmpty()) {
            label.getStyleClass().add(UiStyles.state(state));
        }
    }

    private void showFacts(Map<String, String> facts) {
        FormGrid grid = new FormGrid();
        facts.forEach((k, v) -> {
            Label value = new Label(v);
            value.setWrapText(true);
            value.getStyleClass().add(UiStyles.FIELD_VALUE);
            value.setId("inspector-" + k.toLowerCase().replace(' ', '-'));
            grid.add(k, value, InspectorFacts.describe(k));
        });
        factsBox.getChildren().setAll(grid.node());
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(UiStyles.SECTION);
        return l;
    }
}

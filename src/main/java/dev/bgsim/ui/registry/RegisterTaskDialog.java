package dev.bgsim.ui.registry;

import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.ui.port.ManualRegistration;
import dev.bgsim.ui.shell.FormGrid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * "Register declared task…": the user picks one of the package's declared tasks, names the
 * registration and sets up its trigger and conditions from controls, as an app's
 * BackgroundTaskBuilder would. What the fields cannot make into a trigger is said under them and
 * keeps OK disabled; what the broker refuses shows in the status area.
 */
final class RegisterTaskDialog {
    private final Dialog<ManualRegistration> dialog = new Dialog<>();
    private final String packageName;
    private final ChoiceBox<String> task = new ChoiceBox<>();
    private final TextField name = new TextField();
    private final ChoiceBox<TriggerKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(TriggerChoice.OFFERED));
    private final Spinner<Integer> freshness = new Spinner<>(1, 7 * 24 * 60, 15, 15);
    private final ChoiceBox<SystemTriggerType> systemEvent = new ChoiceBox<>(FXCollections.observableArrayList(
            Arrays.stream(SystemTriggerType.values()).filter(t -> t != SystemTriggerType.INVALID).toList()));
    private final CheckBox oneShot = new CheckBox("Fire once, then unregister");
    private final CheckComboBox<SystemConditionType> conditions = new CheckComboBox<>(FXCollections.observableArrayList(
            Arrays.stream(SystemConditionType.values()).filter(c -> c != SystemConditionType.INVALID).toList()));
    private final Label problem = new Label();

    /**
     * @param entryPoints the package's declared tasks
     * @param preferred   the entry point to start with (that of the selected registration), or null
     */
    RegisterTaskDialog(Window owner, String packageName, List<String> entryPoints, String preferred) {
        this.packageName = packageName;
        dialog.initOwner(owner);
        dialog.setTitle("Register declared task");
        dialog.setHeaderText("Register a task that " + packageName + " declares");
        dialog.getDialogPane().setId("register-dialog");
        dialog.getDialogPane().getStylesheets().addAll(dev.bgsim.ui.theme.Stylesheets.all());
        task.getItems().setAll(entryPoints);
        task.setId("register-task");
        name.setId("register-name");
        kind.setId("register-trigger");
        freshness.setId("register-freshness");
        freshness.setEditable(true);
        systemEvent.setId("register-system-event");
        oneShot.setId("register-one-shot");
        conditions.setId("register-conditions");
        problem.setId("register-problem");
        problem.getStyleClass().add(dev.bgsim.ui.theme.UiStyles.STATUS_ERROR);
        problem.setWrapText(true);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TriggerKind k) {
                return k == null ? "" : k.sdkClassName();
            }

            @Override
            public TriggerKind fromString(String s) {
                return null;
            }
        });
        task.valueProperty().addListener((o, was, now) -> {
            String suggested = was == null ? null : simpleName(was) + "ByHand";
            if (now != null && (name.getText().isBlank() || name.getText().equals(suggested))) {
                name.setText(simpleName(now) + "ByHand");
            }
        });
        kind.valueProperty().addListener((o, was, now) -> showFieldsFor(now));
        task.setValue(entryPoints.contains(preferred) ? preferred : entryPoints.isEmpty() ? null : entryPoints.get(0));
        kind.setValue(TriggerKind.TIME);
        systemEvent.setValue(SystemTriggerType.TIME_ZONE_CHANGE);

        FormGrid form = new FormGrid()
                .add("Task", task, "The declared task (manifest entry point) the registration runs")
                .add("Name", name, "The registration's name, as BackgroundTaskBuilder.setName")
                .add("Trigger", kind, "The trigger class, as BackgroundTaskBuilder.setTrigger")
                .add("Freshness", freshness, "Minutes between runs of a time or maintenance trigger (15 at least)")
                .add("System event", systemEvent, "The system event that fires a SystemTrigger")
                .add("One shot", oneShot, "A one-shot trigger fires once and the registration is removed")
                .add("Conditions", conditions, "Conditions that must all hold before the task runs (addCondition)")
                .addWide(problem);
        form.node().setPrefWidth(520);
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("register-ok");
        Runnable check = () -> ok.setDisable(validate().isEmpty());
        task.valueProperty().addListener(o -> check.run());
        name.textProperty().addListener(o -> check.run());
        kind.valueProperty().addListener(o -> check.run());
        freshness.valueProperty().addListener(o -> check.run());
        systemEvent.valueProperty().addListener(o -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ButtonType.OK ? validate().orElse(null) : null);
    }

    Optional<ManualRegistration> showAndWait() {
        return dialog.showAndWait();
    }

    /** The registration the fields describe; otherwise empty, with the reason shown under the fields. */
    private Optional<ManualRegistration> validate() {
        String why = null;
        ManualRegistration made = null;
        if (task.getValue() == null) {
            why = packageName + " declares no task to register.";
        } else if (name.getText().isBlank()) {
            why = "Give the registration a name.";
        } else {
            try {
                TriggerChoice trigger = new TriggerChoice(kind.getValue(), freshness.getValue(),
                        systemEvent.getValue(), oneShot.isSelected());
                made = new ManualRegistration(packageName, name.getText().strip(), task.getValue(), trigger.toSpec(),
                        List.copyOf(conditions.getCheckModel().getCheckedItems()));
            } catch (IllegalArgumentException e) {
                why = "Trigger: " + e.getMessage() + ".";
            }
        }
        problem.setText(why == null ? "" : why);
        problem.setVisible(why != null);
        return Optional.ofNullable(made);
    }

    private void showFieldsFor(TriggerKind k) {
        freshness.setDisable(!TriggerChoice.hasFreshness(k));
        systemEvent.setDisable(k != TriggerKind.SYSTEM);
        oneShot.setDisable(!TriggerChoice.hasOneShot(k));
    }

    private static String simpleName(String entryPoint) {
        return entryPoint.substring(entryPoint.lastIndexOf('.') + 1);
    }
}

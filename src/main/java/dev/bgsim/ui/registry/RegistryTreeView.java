package dev.bgsim.ui.registry;

import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.ui.actions.ActionFactory;
import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.session.InstanceRecord;
import dev.bgsim.ui.session.PackageRecord;
import dev.bgsim.ui.session.RegistrationRecord;
import dev.bgsim.ui.shell.Panels;
import dev.bgsim.ui.shell.PulseTurns;
import dev.bgsim.ui.shell.RefreshThrottle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The packages and registrations tree: packages, the tasks they declare, their registrations
 * (trigger, state, why pending) and running instances, with the context actions of SPEC 5. Tree items are kept per
 * record, so expansion and selection survive the once-a-pulse refresh.
 */
public final class RegistryTreeView {
    private final RegistryTreeViewModel vm;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("packages"));
    private final Map<Object, TreeItem<Object>> items = new HashMap<>();
    /** What each row showed when last drawn, so rows that look the same are left alone. */
    private final Map<Object, String> shownAs = new HashMap<>();
    /** Records whose rows look different since the last refresh (identity: the records are kept per key). */
    private final Set<Object> changed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The tree's cells, to redraw the rows of changed records in place. */
    private final Set<RegistryTreeCell> cells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private boolean refreshing;

    private final dev.bgsim.ui.shell.ChangedOnDisk changedOnDisk;
    private final PulseTurns turns;
    private final InstanceRowDelay rowDelay = new InstanceRowDelay(System::nanoTime);
    private final javafx.animation.PauseTransition youngRowsDue = new javafx.animation.PauseTransition();
    private RefreshThrottle throttle;

    /**
     * @param changedOnDisk loaded packages whose files changed, for the notice over the tree; null: no notice
     * @param turns         the window's pulse turns, shared with the other views that refresh in bulk
     */
    public RegistryTreeView(RegistryTreeViewModel vm, dev.bgsim.ui.shell.ChangedOnDisk changedOnDisk, PulseTurns turns) {
        this.vm = vm;
        this.changedOnDisk = changedOnDisk;
        this.turns = turns;
    }

    public VBox createView() {
        tree.setId("registry-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> {
            RegistryTreeCell cell = new RegistryTreeCell();
            cells.add(cell);
            return cell;
        });
        tree.setContextMenu(contextMenu());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> select(now));
        tree.setTooltip(ActionFactory.tooltip("Right-click a registration or instance for its actions; F5 fires"));
        // At most ten times a second: under a storm of events instance rows come and go every pulse.
        throttle = new RefreshThrottle(this::refresh, javafx.util.Duration.millis(100), turns);
        vm.registry().revisionProperty().addListener((o, was, now) -> throttle.request());
        youngRowsDue.setOnFinished(e -> throttle.request());
        vm.selection().instanceProperty().addListener((o, was, now) -> {
            if (now != null && !items.containsKey(now)) {
                throttle.request();   // a live instance selected elsewhere gets its row now
            }
            revealInstance(now);
        });
        refresh();
        VBox body = new VBox(tree);
        if (changedOnDisk != null) {
            body.getChildren().add(0, new ChangedOnDiskNotice(changedOnDisk).createView());
        }
        javafx.scene.layout.VBox.setVgrow(tree, javafx.scene.layout.Priority.ALWAYS);
        return Panels.titled("Packages & registrations", Material2MZ.WIDGETS, body,
                ActionFactory.button(UiAction.FIRE, false, () -> vm.fire(false), null));
    }

    private void select(TreeItem<Object> item) {
        if (refreshing || item == null) {
            return;
        }
        vm.selection().packageProperty().set(item.getValue() instanceof PackageRecord p ? p.name()
                : item.getValue() instanceof DeclaredTaskRow d ? d.packageName()
                : item.getValue() instanceof DeclaredTaskRow.Folder f ? f.packageName() : null);
        if (item.getValue() instanceof RegistrationRecord r) {
            vm.selection().registrationProperty().set(r.id());
        } else if (item.getValue() instanceof InstanceRecord i) {
            vm.selection().registrationProperty().set(i.registration().id());
            vm.selection().instanceProperty().set(i.id());
        }
    }

    private void revealInstance(java.util.UUID id) {
        TreeItem<Object> item = id == null ? null : items.get(id);
        if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
        }
    }

    private void refresh() {
        refreshing = true;
        try {
            TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
            Set<Object> shown = new HashSet<>();
            List<TreeItem<Object>> packages = vm.registry().packages().stream()
                    .map(p -> packageItem(p, shown)).toList();
            sync(tree.getRoot(), packages);
            // A tree keeps the selected row number, not the row, when children it holds are
            // replaced: rows that appeared above (an instance that has now run long enough) would
            // move the selection to another row.
            if (selected != null && tree.getSelectionModel().getSelectedItem() != selected && tree.getRow(selected) >= 0) {
                tree.getSelectionModel().select(selected);
            }
            for (RegistryTreeCell cell : cells) {
                if (changed.contains(cell.getItem())) {
                    cell.redraw();
                }
            }
            changed.clear();
            long wait = rowDelay.finish();
            if (wait >= 0) {
                youngRowsDue.setDuration(javafx.util.Duration.millis(wait));
                youngRowsDue.playFromStart();
            }
            // Rows of instances that ended are gone from the tree: forget their items too.
            items.keySet().retainAll(shown);
            shownAs.keySet().retainAll(shown);
            revealInstance(vm.selection().instanceProperty().get());
        } finally {
            refreshing = false;
        }
    }

    private TreeItem<Object> packageItem(PackageRecord p, Set<Object> shown) {
        TreeItem<Object> item = item(p.name(), p, shown);
        List<TreeItem<Object>> children = new java.util.ArrayList<>();
        if (!p.declared().isEmpty()) {
            children.add(declaredItem(p, shown));
        }
        p.registrations().forEach(r -> children.add(registrationItem(r, shown)));
        sync(item, children);
        return item;
    }

    private TreeItem<Object> declaredItem(PackageRecord p, Set<Object> shown) {
        DeclaredTaskRow.Folder folder = new DeclaredTaskRow.Folder(p.name(), p.declared().size());
        boolean isNew = !items.containsKey(folder.key());
        TreeItem<Object> item = item(folder.key(), folder, shown);
        if (isNew) {
            // Collapsed at first: a package may declare many tasks, and its registrations are what a user fires.
            item.setExpanded(false);
        }
        sync(item, p.declared().stream().map(t -> new DeclaredTaskRow(p.name(), t))
                .map(d -> item(d.key(), d, shown)).toList());
        return item;
    }

    private TreeItem<Object> registrationItem(RegistrationRecord r, Set<Object> shown) {
        TreeItem<Object> item = item(r.id(), r, shown);
        Object selected = vm.selection().instanceProperty().get();
        sync(item, r.liveInstances().stream().filter(i -> rowDelay.shows(i.id(), i.id().equals(selected)))
                .map(i -> item(i.id(), i, shown)).toList());
        return item;
    }

    private TreeItem<Object> item(Object key, Object value, Set<Object> shown) {
        shown.add(key);
        TreeItem<Object> item = items.computeIfAbsent(key, k -> {
            TreeItem<Object> t = new TreeItem<>(value);
            t.setExpanded(true);
            return t;
        });
        String looks = RegistryTreeCell.looks(value);
        boolean looksChanged = !looks.equals(shownAs.put(key, looks));
        if (!java.util.Objects.equals(item.getValue(), value)) {
            // Rows of value records (declared tasks) are made anew each refresh: an equal one is
            // the same row, and a new value on the tree item would make the tree rebuild every row.
            item.setValue(value);
        } else if (looksChanged) {
            // Same record object, new contents: only the rows showing it are redrawn, after the
            // refresh. (A new value on the tree item would make the tree rebuild every row, which
            // under a storm of events cost more FX time than anything else in the window.)
            changed.add(value);
        }
        return item;
    }

    private static void sync(TreeItem<Object> parent, List<TreeItem<Object>> children) {
        if (!parent.getChildren().equals(children)) {
            parent.getChildren().setAll(children);
        }
    }

    private ContextMenu contextMenu() {
        Menu cancel = new Menu(UiAction.CANCEL.text(), new FontIcon(UiAction.CANCEL.icon()));
        cancel.setId("menu-cancel");
        for (BackgroundTaskCancellationReason reason : BackgroundTaskCancellationReason.values()) {
            MenuItem m = new MenuItem(reason.name());
            m.setId("cancel-" + reason.name());
            m.setOnAction(e -> vm.cancel(reason));
            cancel.getItems().add(m);
        }
        Menu raise = new Menu(UiAction.RAISE_SYSTEM_EVENT.text(), new FontIcon(UiAction.RAISE_SYSTEM_EVENT.icon()));
        raise.setId("menu-raise-system-event");
        for (dev.bgsim.sdk.SystemTriggerType type : dev.bgsim.sdk.SystemTriggerType.values()) {
            if (type != dev.bgsim.sdk.SystemTriggerType.INVALID) {
                MenuItem m = new MenuItem(type.name());
                m.setId("raise-" + type.name());
                m.setOnAction(e -> vm.raiseSystemEvent(type));
                raise.getItems().add(m);
            }
        }
        Menu logOff = new Menu(UiAction.LOG_OFF.text(), new FontIcon(UiAction.LOG_OFF.icon()));
        logOff.setId("menu-log-off");
        MenuItem packageUser = new MenuItem("This package's user");
        packageUser.setId("log-off-package");
        packageUser.setOnAction(e -> vm.logOff(false));
        MenuItem everyone = new MenuItem("Everyone (disconnects the session)");
        everyone.setId("log-off-everyone");
        everyone.setOnAction(e -> vm.logOff(true));
        logOff.getItems().addAll(packageUser, everyone);
        CheckMenuItem isolated = new CheckMenuItem("Run isolated");
        isolated.setId("menu-run-isolated");
        isolated.setOnAction(e -> vm.setRunIsolated(isolated.isSelected()));
        List<MenuItem> ofRegistrations = List.of(
                ActionFactory.menuItem(UiAction.FIRE, () -> vm.fire(false)),
                ActionFactory.menuItem(UiAction.FORCE_FIRE, () -> vm.fire(true)),
                ActionFactory.menuItem(UiAction.FIRE_WITH_ARGUMENTS, this::fireWithArguments),
                cancel,
                ActionFactory.menuItem(UiAction.TERMINATE, vm::terminate),
                ActionFactory.menuItem(UiAction.UNREGISTER, () -> vm.unregister(true)));
        ContextMenu menu = new ContextMenu(
                ofRegistrations.get(0), ofRegistrations.get(1), ofRegistrations.get(2),
                new SeparatorMenuItem(),
                ofRegistrations.get(3), ofRegistrations.get(4),
                new SeparatorMenuItem(),
                ofRegistrations.get(5),
                ActionFactory.menuItem(UiAction.REGISTER, this::registerByHand),
                new SeparatorMenuItem(),
                raise,
                logOff,
                new SeparatorMenuItem(),
                ActionFactory.menuItem(UiAction.RELOAD, vm::reload),
                isolated);
        // In-process tasks in a child JVM instead of bgsim's (SPEC 3.8); ticked for the package it applies to.
        menu.setOnShowing(e -> {
            isolated.setSelected(vm.runsIsolated(vm.targetPackage()));
            // A declared task is not registered yet: what acts on registrations and instances does not apply to it.
            TreeItem<Object> at = tree.getSelectionModel().getSelectedItem();
            boolean declared = at != null
                    && (at.getValue() instanceof DeclaredTaskRow || at.getValue() instanceof DeclaredTaskRow.Folder);
            ofRegistrations.forEach(m -> m.setDisable(declared));
        });
        return menu;
    }

    private void fireWithArguments() {
        RegistrationRecord r = vm.targetRegistration();
        if (r == null) {
            vm.fire(false);
            return;
        }
        TextInputDialog d = new TextInputDialog("");
        d.setTitle("Fire with arguments");
        d.setHeaderText("Fire " + r.name() + " (" + r.trigger() + ")");
        d.setContentText("Arguments (ApplicationTrigger details, JSON or text):");
        d.initOwner(tree.getScene().getWindow());
        d.showAndWait().ifPresent(args -> vm.fireWithArguments(false, args));
    }

    /**
     * Asks the engine which tasks the selected package declares (off the FX thread), then opens the
     * register dialog on them; the outcome shows in the status area.
     */
    private void registerByHand() {
        String pkg = vm.targetPackage();
        if (pkg == null) {
            vm.ui().status().problem("Select a package (or one of its registrations) in the Packages tree to register one of its tasks.");
            return;
        }
        RegistrationRecord r = vm.targetRegistration();
        TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
        String preferred = selected != null && selected.getValue() instanceof DeclaredTaskRow d
                && d.packageName().equals(pkg) ? d.task().entryPoint()
                : r != null && r.pkg().name().equals(pkg) ? r.entryPoint() : null;
        vm.ui().port().declaredTasks(pkg).whenComplete((tasks, failure) -> vm.ui().fxThread().execute(() -> {
            if (failure != null || tasks.isEmpty()) {
                vm.ui().status().problem(pkg + " declares no background task in its manifest, so there is nothing to register.");
                return;
            }
            new RegisterTaskDialog(tree.getScene().getWindow(), pkg, tasks, preferred).showAndWait()
                    .ifPresent(vm::register);
        }));
    }

    /** Ctrl+K: asks which reason to cancel the selected instance with (ABORT first, as an app's own cancel). */
    public void cancelWithChosenReason() {
        InstanceRecord i = vm.targetInstance();
        if (i == null || i.isFinal()) {
            vm.cancel(BackgroundTaskCancellationReason.ABORT);   // says what to select, in the status area
            return;
        }
        javafx.scene.control.ChoiceDialog<BackgroundTaskCancellationReason> d = new javafx.scene.control.ChoiceDialog<>(
                BackgroundTaskCancellationReason.ABORT, BackgroundTaskCancellationReason.values());
        d.setTitle("Cancel with reason");
        d.setHeaderText("Cancel " + i.label());
        d.setContentText("Reason:");
        d.initOwner(tree.getScene().getWindow());
        d.getDialogPane().setId("cancel-dialog");
        d.showAndWait().ifPresent(vm::cancel);
    }
}

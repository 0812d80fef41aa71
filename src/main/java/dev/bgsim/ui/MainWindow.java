package dev.bgsim.ui;

import dev.bgsim.ui.appstate.AppPanelView;
import dev.bgsim.ui.appstate.AppSettingsFolder;
import dev.bgsim.ui.appstate.AppPanelViewModel;
import dev.bgsim.ui.device.DevicePanelView;
import dev.bgsim.ui.device.DevicePanelViewModel;
import dev.bgsim.ui.hosts.HostListView;
import dev.bgsim.ui.inspector.InspectorView;
import dev.bgsim.ui.inspector.InspectorViewModel;
import dev.bgsim.ui.registry.RegistryTreeView;
import dev.bgsim.ui.registry.RegistryTreeViewModel;
import dev.bgsim.ui.shell.RecentPackages;
import dev.bgsim.ui.shell.StatusBarView;
import dev.bgsim.ui.shell.ToolbarView;
import dev.bgsim.ui.shell.ToolbarViewModel;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The main window's content (SPEC 5): toolbar; packages tree and device panel on the left; the
 * timeline over the bottom tabs in the centre; inspector, app panel and hosts on the right;
 * status area at the bottom. Commands the window offers by keyboard go through {@link #commands()}.
 */
public final class MainWindow {
    private final Session session;
    private final Runnable openPackage;
    private final Runnable toggleTheme;
    private final RecentPackages recent;
    private final RegistryTreeViewModel registryVm;
    private final TimelineSlot timeline;
    private final ToolbarViewModel toolbarVm;
    private SplitPane columns;
    private RegistryTreeView tree;

    public MainWindow(Session session, Runnable openPackage, Runnable toggleTheme, RecentPackages recent) {
        this.session = session;
        this.openPackage = openPackage;
        this.toggleTheme = toggleTheme;
        this.recent = recent;
        this.registryVm = new RegistryTreeViewModel(session.ui(), session.registry(), session.selection(),
                session.packageLoading());
        this.toolbarVm = new ToolbarViewModel(session.ui(), session.simulation());
        this.timeline = new TimelineSlot(session);
    }

    public Parent createView() {
        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(new ToolbarView(toolbarVm, openPackage, toggleTheme, recent).createView());
        columns = new SplitPane(leftColumn(), centre(), rightColumn());
        columns.setDividerPositions(0.25, 0.76);
        root.setCenter(columns);
        root.setBottom(new StatusBarView(session.status()).createView());
        root.sceneProperty().addListener((o, was, scene) -> session.turns().attach(scene));
        return root;
    }

    /** The left/centre/right split, for remembering its dividers. */
    public SplitPane columns() {
        return columns;
    }

    public TimelineSlot timeline() {
        return timeline;
    }

    /** The keyboard commands: fire, force fire, cancel, terminate, play/pause, step. */
    public WindowCommands commands() {
        return new WindowCommands(registryVm, () -> tree.cancelWithChosenReason(), toolbarVm, timeline);
    }

    private SplitPane leftColumn() {
        tree = new RegistryTreeView(registryVm, session.changedOnDisk(), session.turns());
        SplitPane left = new SplitPane(tree.createView(),
                new DevicePanelView(new DevicePanelViewModel(session.ui(), session.simulation())).createView());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.45);
        return left;
    }

    private SplitPane centre() {
        BottomTabs tabs = new BottomTabs(session);
        SplitPane centre = new SplitPane(timeline.createView(), tabs.createView());
        // A finding's mark on the timeline opens the finding, as a double-click in its tab does.
        timeline.view().setOnMarkClicked(mark -> {
            var finding = session.findingMarks().findingOf(mark);
            if (finding != null) {
                session.findings().open(finding);
                tabs.showFindings();
            }
        });
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        return centre;
    }

    /** The LocalSettings read model of the app panel, fed by the session's drain from the first event on. */
    private AppSettingsFolder appSettings() {
        AppSettingsFolder folder = new AppSettingsFolder();
        session.drain().addSink(folder);
        return folder;
    }

    private SplitPane rightColumn() {
        InspectorViewModel inspector = new InspectorViewModel(session.registry(), session.simulation(),
                session.selection(), session.cpuTimes());
        SplitPane right = new SplitPane(new InspectorView(inspector).createView(),
                new AppPanelView(new AppPanelViewModel(session.ui(), session.registry(), appSettings())).createView(),
                new HostListView(session.ui(), session.registry(), session.drain(), session.turns()).createView());
        right.setOrientation(Orientation.VERTICAL);
        // The app panel holds the app's own buttons and its LocalSettings as well as the lifecycle.
        right.setDividerPositions(0.36, 0.86);
        return right;
    }
}

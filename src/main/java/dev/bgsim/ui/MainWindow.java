package dev.bgsim.ui;

import dev.bgsim.ui.appstate.AppPanelView;
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
        return new WindowCommands(registryVm, toolbarVm, timeline);
    }

    private SplitPane leftColumn() {
        SplitPane left = new SplitPane(new RegistryTreeView(registryVm).createView(),
                new DevicePanelView(new DevicePanelViewModel(session.ui(), session.simulation())).createView());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.45);
        return left;
    }

    private SplitPane centre() {
        SplitPane centre = new SplitPane(timeline.createView(), new BottomTabs(session).createView());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        return centre;
    }

    private SplitPane rightColumn() {
        InspectorViewModel inspector = new InspectorViewModel(session.registry(), session.simulation(),
                session.selection());
        SplitPane right = new SplitPane(new InspectorView(inspector).createView(),
                new AppPanelView(new AppPanelViewModel(session.ui(), session.registry())).createView(),
                new HostListView(session.ui(), session.registry(), session.drain()).createView());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.5, 0.8);
        return right;
    }
}

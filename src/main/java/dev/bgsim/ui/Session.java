package dev.bgsim.ui;

import dev.bgsim.checker.GuidelineChecker;
import dev.bgsim.engine.event.Subscription;
import dev.bgsim.ui.drain.EventDrain;
import dev.bgsim.ui.feed.TimelineFeed;
import dev.bgsim.ui.findings.FindingMarks;
import dev.bgsim.ui.findings.FindingsViewModel;
import dev.bgsim.ui.log.EventLogViewModel;
import dev.bgsim.ui.log.SideEffectsViewModel;
import dev.bgsim.ui.port.SimulatorPort;
import dev.bgsim.ui.session.InstanceFolder;
import dev.bgsim.ui.session.RegistryFolder;
import dev.bgsim.ui.session.SessionRegistry;
import dev.bgsim.ui.session.SimulationStatus;
import dev.bgsim.ui.shell.PackageLoading;
import dev.bgsim.ui.shell.ProblemSink;
import dev.bgsim.ui.shell.Selection;
import dev.bgsim.ui.shell.StatusViewModel;
import dev.bgsim.ui.shell.UiContext;
import dev.bgsim.ui.timeline.TimelineModel;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The GUI's composition root for one simulator: the read models, the event drain that feeds
 * them once a pulse, and the clock poll (simulated time moves between events). Views are built
 * on top of it by {@link MainWindow}.
 */
public final class Session implements AutoCloseable {
    private final SimulatorPort port;
    private final StatusViewModel status = new StatusViewModel();
    private final UiContext ui;
    private final SessionRegistry registry = new SessionRegistry();
    private final SimulationStatus simulation = new SimulationStatus();
    private final TimelineModel timeline = new TimelineModel();
    private final TimelineFeed timelineFeed = new TimelineFeed(timeline);
    private final dev.bgsim.ui.shell.PulseTurns turns = new dev.bgsim.ui.shell.PulseTurns();
    private final EventLogViewModel eventLog = new EventLogViewModel(turns);
    private final SideEffectsViewModel sideEffects = new SideEffectsViewModel();
    private final Selection selection = new Selection();
    private final FindingsViewModel findings = new FindingsViewModel(GuidelineChecker.standard(), selection);
    private final FindingMarks findingMarks = new FindingMarks(timeline, timelineFeed);
    private final EventDrain drain = new EventDrain();
    private final ScheduledExecutorService clockPoll = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bgsim-gui-clock-poll");
        t.setDaemon(true);
        return t;
    });
    private final PackageLoading packageLoading;
    private final dev.bgsim.ui.inspector.CpuTimes cpuTimes;
    private final dev.bgsim.ui.shell.ChangedOnDisk changedOnDisk;
    private final dev.bgsim.ui.shell.PackageFileWatcher packageWatcher;
    private Subscription subscription;

    public Session(SimulatorPort port) {
        this.port = port;
        this.ui = new UiContext(port, status, Platform::runLater);
        this.packageLoading = new PackageLoading(ui);
        this.cpuTimes = new dev.bgsim.ui.inspector.CpuTimes(port::cpuSources, Platform::runLater);
        this.changedOnDisk = new dev.bgsim.ui.shell.ChangedOnDisk(packageLoading);
        this.packageWatcher = new dev.bgsim.ui.shell.PackageFileWatcher(Platform::runLater, changedOnDisk::add);
        drain.addSink(simulation);
        drain.addSink(new RegistryFolder(registry));
        drain.addSink(new InstanceFolder(registry));
        drain.addSink(timelineFeed);
        drain.addSink(eventLog);
        drain.addSink(sideEffects);
        drain.addSink(findings);
        findings.addListener(findingMarks::add);
        drain.addSink(new ProblemSink(status));
        if (port.runsPackageFiles()) {
            drain.addSink(packageWatcher);
        }
    }

    /** FX thread. Subscribes to the stream and starts draining and polling the clock. */
    public void start() {
        subscription = port.subscribe(drain.subscriber());
        drain.start();
        // 20 Hz is smooth enough for a clock display and costs the engine one tiny query each time.
        clockPoll.scheduleWithFixedDelay(() -> port.clockStatus().thenAccept(drain::offerClock),
                0, 50, TimeUnit.MILLISECONDS);
        // The inspector's CPU time: read on this timer thread, never the FX thread.
        clockPoll.scheduleWithFixedDelay(cpuTimes::sample, 100, 100, TimeUnit.MILLISECONDS);
        if (port.runsPackageFiles()) {
            packageWatcher.start();
        }
    }

    /** Loaded packages whose files changed on disk, for the notice that offers to reload them. */
    public dev.bgsim.ui.shell.ChangedOnDisk changedOnDisk() { return changedOnDisk; }

    /** Instances' CPU time, sampled off the FX thread. */
    public dev.bgsim.ui.inspector.CpuTimes cpuTimes() { return cpuTimes; }

    public SimulatorPort port() { return port; }

    public UiContext ui() { return ui; }

    public StatusViewModel status() { return status; }

    /** Opens package files with progress and the outcome in the status area. */
    public PackageLoading packageLoading() { return packageLoading; }

    public SessionRegistry registry() { return registry; }

    public SimulationStatus simulation() { return simulation; }

    public TimelineModel timeline() { return timeline; }

    public TimelineFeed timelineFeed() { return timelineFeed; }

    public EventLogViewModel eventLog() { return eventLog; }

    public SideEffectsViewModel sideEffects() { return sideEffects; }

    public Selection selection() { return selection; }

    public FindingsViewModel findings() { return findings; }

    /** The findings' marks on the timeline, to open the finding of a clicked mark. */
    public FindingMarks findingMarks() { return findingMarks; }

    public EventDrain drain() { return drain; }

    /** The window's pulse turns: the views that refresh in bulk take one pulse each. */
    public dev.bgsim.ui.shell.PulseTurns turns() { return turns; }

    @Override
    public void close() {
        clockPoll.shutdownNow();
        packageWatcher.close();
        drain.stop();
        if (subscription != null) {
            subscription.close();
        }
        port.close();
    }
}

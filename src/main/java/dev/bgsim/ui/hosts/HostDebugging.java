package dev.bgsim.ui.hosts;

import dev.bgsim.ui.port.Outcome;
import dev.bgsim.ui.shell.UiContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The host list's debug options (SPEC 3.7): whether task hosts start with a debugger port,
 * whether they wait for the debugger, and whether time limits still apply while debugging. The
 * engine keeps debug mode per package, so the options are sent for every loaded package, again
 * whenever they change, and for each package loaded later. Hosts already running keep their
 * mode; the next host of a package starts in the new one. FX thread only.
 */
public final class HostDebugging {
    private final UiContext ui;
    private final Set<String> applied = new HashSet<>();
    private boolean on;
    private boolean waitForDebugger;
    private boolean enforceTimeLimits;

    public HostDebugging(UiContext ui) {
        this.ui = ui;
    }

    public boolean on() {
        return on;
    }

    public boolean waitForDebugger() {
        return waitForDebugger;
    }

    public boolean enforceTimeLimits() {
        return enforceTimeLimits;
    }

    /** New options: sent for every package in {@code packages}; the outcome shows in the status area. */
    public void set(boolean on, boolean waitForDebugger, boolean enforceTimeLimits, Collection<String> packages) {
        if (on == this.on && waitForDebugger == this.waitForDebugger && enforceTimeLimits == this.enforceTimeLimits) {
            return;
        }
        boolean wasOn = this.on;
        this.on = on;
        this.waitForDebugger = waitForDebugger;
        this.enforceTimeLimits = enforceTimeLimits;
        applied.clear();
        if (packages.isEmpty()) {
            ui.status().show(new Outcome(true, on ? "Hosts of packages loaded from now on start with a debugger port"
                    : "Debug mode off"));
            return;
        }
        if (!on && !wasOn) {
            return;
        }
        for (String p : packages) {
            applied.add(p);
            ui.report(send(p));
        }
    }

    /** Packages now loaded: the ones not told yet get the current options (silently when debug mode is off). */
    public void packagesAre(Collection<String> packages) {
        if (!on) {
            return;
        }
        for (String p : packages) {
            if (applied.add(p)) {
                ui.report(send(p));
            }
        }
    }

    private CompletableFuture<Outcome> send(String packageName) {
        return ui.port().debugHosts(packageName, on, waitForDebugger, enforceTimeLimits);
    }
}

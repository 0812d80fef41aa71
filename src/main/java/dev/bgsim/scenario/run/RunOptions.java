package dev.bgsim.scenario.run;

import dev.bgsim.engine.event.EventSubscriber;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How scenarios are run.
 *
 * @param packages    opens the package files scenarios name; empty: the engine reads them
 *                    ({@code LoadPackageFile}, the package loader of SPEC 2)
 * @param subscribers attached to every run's engine from its first event (a recorder, say);
 *                    each has received every event of a run before the run ends
 * @param workspace   the workspace folder to run in; empty: a fresh temporary one per run (SPEC 7)
 */
public record RunOptions(Optional<PackageOpener> packages, List<EventSubscriber> subscribers, Optional<Path> workspace) {

    public RunOptions {
        Objects.requireNonNull(packages, "packages");
        subscribers = List.copyOf(subscribers);
        Objects.requireNonNull(workspace, "workspace");
    }

    /** Package files read by the engine, no subscribers, a fresh workspace per run: what {@code bgsim run} does. */
    public static RunOptions standard() {
        return new RunOptions(Optional.empty(), List.of(), Optional.empty());
    }

    /** Packages opened by {@code packages} (built in code, say), no subscribers, a fresh workspace per run. */
    public static RunOptions with(PackageOpener packages) {
        return new RunOptions(Optional.of(packages), List.of(), Optional.empty());
    }

    /** These options plus a subscriber. */
    public RunOptions withSubscriber(EventSubscriber subscriber) {
        List<EventSubscriber> all = new java.util.ArrayList<>(subscribers);
        all.add(subscriber);
        return new RunOptions(packages, all, workspace);
    }

    /** These options, run in {@code folder}. */
    public RunOptions withWorkspace(Path folder) {
        return new RunOptions(packages, subscribers, Optional.of(folder));
    }
}

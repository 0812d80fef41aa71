package dev.bgsim.scenario.run;

import dev.bgsim.engine.event.EventSubscriber;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How scenarios are run.
 *
 * @param packages    opens the package files scenarios name
 * @param subscribers attached to every run's engine from its first event (a recorder, say);
 *                    each has received every event of a run before the run ends
 * @param workspace   the workspace folder to run in; empty: a fresh temporary one per run (SPEC 7)
 */
public record RunOptions(PackageOpener packages, List<EventSubscriber> subscribers, Optional<Path> workspace) {

    public RunOptions {
        Objects.requireNonNull(packages, "packages");
        subscribers = List.copyOf(subscribers);
        Objects.requireNonNull(workspace, "workspace");
    }

    /** Packages opened by {@code packages}, no subscribers, a fresh workspace per run. */
    public static RunOptions with(PackageOpener packages) {
        return new RunOptions(packages, List.of(), Optional.empty());
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

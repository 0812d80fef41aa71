package dev.bgsim.ui.shell;

import dev.bgsim.ui.port.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Opens package files one after another through the port (the engine reads them off the FX
 * thread), showing progress ("Loading x.jar (2 of 4)…" and the busy spinner) and then the outcome
 * in the status area: what was loaded, or every refused file with its diagnostic lines. Call on
 * the FX thread; nothing here blocks it.
 */
public final class PackageLoading {
    private final UiContext ui;

    public PackageLoading(UiContext ui) {
        this.ui = ui;
    }

    /**
     * Loads {@code files} in order; {@code what} names them in the summary ("bundled samples", or
     * null). The future completes (on some thread) with one outcome per file, after the status
     * area has been updated.
     */
    public CompletableFuture<List<Outcome>> open(List<Path> files, String what) {
        if (files.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        ui.status().setBusy(true);
        CompletableFuture<List<Outcome>> all = loadFrom(files, 0, new ArrayList<>());
        CompletableFuture<List<Outcome>> shown = new CompletableFuture<>();
        all.whenComplete((outcomes, failure) -> ui.fxThread().execute(() -> {
            ui.status().setBusy(false);
            ui.status().show(summary(files, outcomes, what));
            shown.complete(outcomes);
        }));
        return shown;
    }

    /** Reads a loaded package's files again (an update when they changed), with the busy spinner while it runs. */
    public CompletableFuture<Outcome> reload(String packageName) {
        ui.status().setBusy(true);
        ui.status().info("Reloading " + packageName + "…");
        CompletableFuture<Outcome> r = ui.port().reloadPackage(packageName)
                .exceptionally(t -> Outcome.refused("Could not reload " + packageName + ": " + t.getMessage()));
        CompletableFuture<Outcome> shown = new CompletableFuture<>();
        r.thenAccept(o -> ui.fxThread().execute(() -> {
            ui.status().setBusy(false);
            ui.status().show(o);
            shown.complete(o);
        }));
        return shown;
    }

    private CompletableFuture<List<Outcome>> loadFrom(List<Path> files, int i, List<Outcome> done) {
        if (i == files.size()) {
            return CompletableFuture.completedFuture(done);
        }
        Path file = files.get(i);
        String progress = "Loading " + file.getFileName() + (files.size() > 1 ? " (" + (i + 1) + " of " + files.size() + ")" : "") + "…";
        ui.fxThread().execute(() -> ui.status().info(progress));
        return ui.port().openPackage(file)
                .exceptionally(t -> Outcome.refused("cannot load " + file + ": " + t.getMessage()))
                .thenCompose(o -> {
                    done.add(o);
                    return loadFrom(files, i + 1, done);
                });
    }

    /** One file: its own message. Several: the count and names, or every refusal with its lines. */
    static Outcome summary(List<Path> files, List<Outcome> outcomes, String what) {
        if (outcomes == null) {
            return Outcome.refused("Loading stopped unexpectedly; the event log may say why.");
        }
        if (files.size() == 1) {
            return outcomes.get(0);
        }
        List<String> refused = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            (outcomes.get(i).ok() ? loaded : refused).add(outcomes.get(i).ok() ? files.get(i).getFileName().toString()
                    : outcomes.get(i).message());
        }
        String from = what == null ? "" : " (" + what + ")";
        if (refused.isEmpty()) {
            return Outcome.ok("Loaded " + loaded.size() + " packages" + from + ": " + String.join(", ", loaded)
                    + ". Select a registration and press F5 to fire it, or launch an app.");
        }
        return Outcome.refused("Loaded " + loaded.size() + " of " + files.size() + " packages" + from + "; "
                + refused.stream().collect(Collectors.joining("\n")));
    }
}

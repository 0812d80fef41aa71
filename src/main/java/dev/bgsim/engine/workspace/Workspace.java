package dev.bgsim.engine.workspace;

import dev.bgsim.engine.sdkimpl.InMemorySettingsStore;
import dev.bgsim.engine.sdkimpl.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace folder (SPEC 7; default {@code ~/.bgsim/workspace}, {@code --workspace DIR} to
 * change): {@code registrations.json}, {@code access.json}, {@code settings/PACKAGE.json}. Give
 * {@link #stores()} to {@code Engine.start}; {@link #inMemory()} for tests and scenario runs.
 *
 * @param registrations registrations and access settings
 * @param settings      local settings
 * @param loadProblems  files that could not be read when the workspace was opened (moved aside)
 */
public record Workspace(RegistrationStore registrations, SettingsStore settings, List<WorkspaceProblem> loadProblems) {

    /** The default folder: {@code ~/.bgsim/workspace}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".bgsim", "workspace");
    }

    /** Opens (creating when needed) a workspace folder with real atomic writes. */
    public static Workspace open(Path dir) {
        return open(dir, new AtomicFiles(), Clock.systemUTC());
    }

    /** Opens a workspace folder; tests inject the atomic writer (to simulate crashes) and the wall clock. */
    public static Workspace open(Path dir, AtomicFiles files, Clock wallClock) {
        JsonFiles json = new JsonFiles(files, wallClock);
        JsonFiles.removeTemporaries(dir);
        FileSettingsStore settings = new FileSettingsStore(dir.resolve("settings"), json);
        return new Workspace(new FileRegistrationStore(dir, json), settings, new ArrayList<>(settings.problems()));
    }

    /** Nothing on disk. */
    public static Workspace inMemory() {
        return new Workspace(new InMemoryRegistrationStore(), new InMemorySettingsStore(), List.of());
    }
}

package dev.bgsim.ui;

import dev.bgsim.engine.Engine;
import dev.bgsim.engine.workspace.Workspace;
import dev.bgsim.engine.workspace.WorkspaceProblem;
import dev.bgsim.ui.replay.RecordingsFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's workspace folder (SPEC 7): the engine's registrations, local settings and access
 * settings, the window's preferences ({@code gui.json}), the session recordings
 * ({@code recordings/}) and the extracted sample jars ({@code samples/}). {@code ~/.bgsim/workspace}
 * unless {@code bgsim gui --workspace DIR} names another.
 */
final class GuiWorkspace {
    private final Path dir;

    private GuiWorkspace(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The folder named on the command line, or the default one when {@code named} is null. */
    static GuiWorkspace at(String named) {
        return new GuiWorkspace(named == null ? Workspace.defaultDirectory() : Path.of(named));
    }

    /** Opens the engine's side of the folder (creating it when needed). */
    Workspace open() {
        return Workspace.open(dir);
    }

    RecordingsFolder recordings() {
        return new RecordingsFolder(dir.resolve("recordings"));
    }

    Path samplesCache() {
        return dir.resolve("samples");
    }

    /**
     * The window's preferences. Earlier versions kept them in {@code ~/.bgsim/gui.json}, outside
     * the workspace: the default workspace takes that file over once, so no layout is lost.
     */
    Path preferencesFile() {
        Path file = dir.resolve("gui.json");
        Path legacy = dir.getParent() == null ? null : dir.getParent().resolve("gui.json");
        if (dir.equals(Workspace.defaultDirectory().toAbsolutePath().normalize()) && legacy != null
                && !Files.exists(file) && Files.isRegularFile(legacy)) {
            try {
                Files.createDirectories(dir);
                Files.copy(legacy, file);
            } catch (IOException e) {
                // Defaults then; the old file stays where it was.
            }
        }
        return file;
    }

    /** What the engine could not read from the folder at start, as one message for the window; empty when all was read. */
    Optional<String> problems(Engine engine) {
        return describe(engine.workspaceProblems());
    }

    static Optional<String> describe(List<WorkspaceProblem> problems) {
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Some of the workspace could not be read and was set aside:");
        for (WorkspaceProblem p : problems) {
            text.append('\n').append(p.file()).append(": ").append(p.problem());
            if (p.movedTo() != null) {
                text.append(" (moved to ").append(p.movedTo()).append(')');
            }
        }
        return Optional.of(text.toString());
    }
}

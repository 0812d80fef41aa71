package dev.bgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bgsim gui --open/--workspace}: a recording that cannot be read, or a workspace that is a file, is one line and exit 2, before any window opens. */
class GuiCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingRecordingIsReportedInOneLine() {
        Path missing = dir.resolve("nowhere.jsonl");
        CommandRun run = CommandRun.bgsim("gui", "--open", missing.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().contains("cannot read the recording " + missing.toAbsolutePath()), run::toString);
    }

    @Test
    void helpNamesOpenAndWorkspace() {
        CommandRun run = CommandRun.bgsim("gui", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--open=RECORDING"), run::toString);
        assertTrue(run.out().contains("--workspace=DIR"), run::toString);
    }

    @Test
    void aWorkspaceThatIsAFileIsReportedInOneLine() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
        CommandRun run = CommandRun.bgsim("gui", "--workspace", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().contains(file.toAbsolutePath() + " is a file; give a folder"), run::toString);
    }
}

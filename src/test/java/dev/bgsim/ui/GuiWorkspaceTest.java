package dev.bgsim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.Engine;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.broker.RegistrationRequest;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.workspace.WorkspaceProblem;
import dev.bgsim.sdk.BackgroundTask;
import dev.bgsim.sdk.BackgroundTaskInstance;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI's workspace folder: what lives where, what outlives the window, and what it says about unreadable files. */
class GuiWorkspaceTest {
    @TempDir
    Path dir;

    public static final class Quiet implements BackgroundTask {
        @Override
        public void run(BackgroundTaskInstance taskInstance) {
        }
    }

    @Test
    void recordingsPreferencesAndSamplesLiveInTheNamedFolder() {
        GuiWorkspace w = GuiWorkspace.at(dir.toString());
        assertEquals(dir.resolve("recordings"), w.recordings().directory());
        assertEquals(dir.resolve("gui.json"), w.preferencesFile());
        assertEquals(dir.resolve("samples"), w.samplesCache());
    }

    @Test
    void theDefaultWorkspaceTakesOverTheOldPreferencesFileOnce() throws Exception {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            Path legacy = Files.createDirectories(dir.resolve(".bgsim")).resolve("gui.json");
            Files.writeString(legacy, "{\"theme\":\"DARK\"}");
            Path prefs = GuiWorkspace.at(null).preferencesFile();
            assertEquals(dir.resolve(".bgsim/workspace/gui.json"), prefs);
            assertEquals("{\"theme\":\"DARK\"}", Files.readString(prefs));
            Files.writeString(prefs, "{\"theme\":\"LIGHT\"}");
            GuiWorkspace.at(null).preferencesFile();
            assertEquals("{\"theme\":\"LIGHT\"}", Files.readString(prefs), "taken over once, never again");
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void aRegistrationMadeInOneWindowIsThereInTheNext() throws Exception {
        GuiWorkspace w = GuiWorkspace.at(dir.toString());
        var pkg = BasicPackage.builder("Gui.Workspace").task(Quiet.class, "systemEvent").build();
        try (Engine first = Engine.start(EngineConfig.defaults(), w.open())) {
            assertTrue(first.submit(new Command.LoadPackage(pkg)).get(60, TimeUnit.SECONDS).ok());
            // Registered by hand, as from the tree's menu: nothing in the package makes it again.
            assertTrue(first.submit(new Command.Register(new RegistrationRequest("Gui.Workspace", "Kept",
                    Quiet.class.getName(), new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false), List.of(),
                    false, null, "USER"))).get(60, TimeUnit.SECONDS).ok());
            assertTrue(first.query(s -> s.registration("Kept").isPresent()).get(60, TimeUnit.SECONDS));
        }
        try (Engine second = Engine.start(EngineConfig.defaults(), w.open())) {
            assertTrue(second.submit(new Command.LoadPackage(pkg)).get(60, TimeUnit.SECONDS).ok());
            assertTrue(second.query(s -> s.registration("Kept").isPresent()).get(60, TimeUnit.SECONDS));
            assertFalse(GuiWorkspace.describe(second.workspaceProblems()).isPresent());
        }
    }

    @Test
    void unreadableFilesAreNamedWithWhereTheyWent() {
        String text = GuiWorkspace.describe(List.of(
                new WorkspaceProblem("registrations.json", "line 3: unexpected end of input", "registrations.json.corrupt-1"),
                new WorkspaceProblem("settings/App.json", "not JSON", null))).orElseThrow();
        assertTrue(text.startsWith("Some of the workspace could not be read and was set aside:"), text);
        assertTrue(text.contains("\nregistrations.json: line 3: unexpected end of input (moved to registrations.json.corrupt-1)"), text);
        assertTrue(text.contains("\nsettings/App.json: not JSON"), text);
    }
}

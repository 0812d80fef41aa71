package dev.bgsim.ui.replay;

import static dev.bgsim.ui.replay.LiveWindowHarness.onFx;
import static dev.bgsim.ui.replay.LiveWindowHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The toolbar's record/stop button on the live window: pressed while the session is recorded;
 * a click ends the file (complete, readable), another starts a new file that again holds the
 * session from its start.
 */
@ExtendWith(ApplicationExtension.class)
class RecordToggleWindowTest {
    @TempDir
    static Path workspace;

    private final LiveWindowHarness live = new LiveWindowHarness();

    @Start
    void start(Stage stage) throws Exception {
        live.start(stage, Files.createTempDirectory(workspace, "ws"));
    }

    @AfterEach
    void stop() throws Exception {
        live.stop();
    }

    @Test
    void stopEndsTheFileAndRecordStartsANewOneWithTheWholeSession(FxRobot robot) throws Exception {
        live.port.load(LiveWindowHarness.weather()).get(LiveWindowHarness.TIMEOUT_S, TimeUnit.SECONDS);
        ToggleButton button = robot.lookup("#record-toggle").queryAs(ToggleButton.class);
        waitUntil("the button shows the session is recorded", button::isSelected);
        Path first = live.recorder.file().orElseThrow();

        robot.clickOn(button);
        waitUntil("the button shows recording stopped", () -> !button.isSelected() && !button.isDisabled());
        assertTrue(live.recorder.file().isEmpty(), "nothing is written after a stop");
        assertTrue(onFx(() -> button.getTooltip().getText()).startsWith("Not recording."));
        Recording ended = new RecordingReader().read(first);
        assertTrue(ended.complete(), "every line of a stopped file reads: " + ended.problems());
        assertTrue(ended.session(1).stoppedAt().isPresent(), "a stopped file ends with its end line");

        robot.clickOn(button);
        waitUntil("the button shows recording again", () -> button.isSelected() && !button.isDisabled());
        Path second = live.recorder.file().orElseThrow();
        assertNotEquals(first, second, "a new file");
        assertEquals(first.getParent(), second.getParent(), "in the same recordings folder");
        assertTrue(onFx(() -> button.getTooltip().getText()).contains(second.toString()));
        waitUntil("the new file holds the package loaded before it started",
                () -> Files.readString(second).contains("\"PackageLoaded\""));
    }
}

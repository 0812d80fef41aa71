package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.pkg.BundledSamples;
import dev.bgsim.ui.port.EngineSimulatorPort;
import dev.bgsim.ui.port.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A loaded package's jar changes on disk: the window says so, without a dialog, and offers Reload. */
@ExtendWith(ApplicationExtension.class)
class PackageChangedWindowTest {
    private final MainWindowFixture fixture = new MainWindowFixture();
    private EngineSimulatorPort port;
    private Path jar;
    private Path original;

    @Start
    void start(Stage stage) throws Exception {
        port = fixture.startEmpty(stage);
        original = BundledSamples.ofApplication(Files.createTempDirectory("bgsim-samples-cache")).locate(null).jars()
                .stream().filter(p -> p.getFileName().toString().equals("duplicate-registrations.jar")).findFirst()
                .orElseThrow();
        jar = Files.createTempDirectory("bgsim-watched").resolve("duplicate-registrations.jar");
        Files.copy(original, jar);
        Outcome loaded = port.openPackage(jar).get(60, TimeUnit.SECONDS);
        assertTrue(loaded.ok(), loaded.message());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void aJarWrittenAgainShowsANoticeWhoseReloadUpdatesThePackage(FxRobot robot) throws Exception {
        waitUntil("the package shows in the tree", () -> robot.lookup("Samples.DuplicateRegistrations").tryQuery().isPresent());
        assertTrue(robot.lookup("#package-changed").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "no notice before anything changed");

        // A rebuild writes the jar anew.
        Files.copy(original, jar, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));

        waitUntil("the notice names the package and its jar: " + text(robot, "#package-changed-text"),
                () -> robot.lookup("#package-changed").query().isVisible() && text(robot, "#package-changed-text")
                        .equals("Samples.DuplicateRegistrations changed on disk (duplicate-registrations.jar)."));
        robot.clickOn("#package-changed-reload");
        waitUntil("the notice goes away", () -> !robot.lookup("#package-changed").query().isVisible());
        waitUntil("the status reports the reload: " + text(robot, "#status-message"),
                () -> !text(robot, "#status-message").startsWith("Reloading")
                        && text(robot, "#status-message").contains("Samples.DuplicateRegistrations"));
    }

    @Test
    void dismissingTheNoticeKeepsThePackageAsLoaded(FxRobot robot) throws Exception {
        waitUntil("the package shows in the tree", () -> robot.lookup("Samples.DuplicateRegistrations").tryQuery().isPresent());
        Files.copy(original, jar, StandardCopyOption.REPLACE_EXISTING);
        waitUntil("the notice shows", () -> robot.lookup("#package-changed").query().isVisible());
        robot.clickOn("#package-changed-dismiss");
        waitUntil("the notice goes away", () -> !robot.lookup("#package-changed").query().isVisible());
        assertTrue(text(robot, "#status-message").indexOf("Reloading") < 0, "nothing was reloaded");
    }
}

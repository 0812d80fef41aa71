package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.choose;
import static dev.bgsim.ui.MainWindowFixture.selectRegistration;
import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bgsim.ui.device.DevicePanelView;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The device panel's custom profile (from a JSON file) and the automatic battery saver's threshold. */
@ExtendWith(ApplicationExtension.class)
class DevicePanelWindowTest {
    private final MainWindowFixture fixture = new MainWindowFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void aCustomProfileFileBecomesTheProfileAndSetsTheTimeLimits(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory("bgsim-profile").resolve("tight-phone.json");
        Files.writeString(file, "{\n  \"name\": \"tight-phone\",\n  \"defaultTimeLimit\": \"PT20S\"\n}\n");
        chooseFileWith(robot, file);

        pickCustomProfile(robot);
        waitUntil("the profile box shows tight-phone (status: " + text(robot, "#status-message") + ")",
                () -> "tight-phone".equals(profileBox(robot).getValue()));
        selectRegistration(robot, "RefreshForecast");
        robot.type(KeyCode.F5);
        waitUntil("the inspector measures RefreshForecast#1 against the profile's 20 s: "
                + text(robot, "#inspector-time-text"), () -> text(robot, "#inspector-title").equals("RefreshForecast#1")
                && text(robot, "#inspector-time-text").contains(" of 20.0 s"));
        // Chosen again later, the custom profile is offered by name.
        choose(robot, "#device-profile", "desktop");
        choose(robot, "#device-profile", "tight-phone");
        waitUntil("the status says tight-phone is back", () -> text(robot, "#status-message").equals("profile tight-phone"));
    }

    @Test
    void aBadProfileFileIsExplainedInTheWindowAndTheProfileStays(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory("bgsim-profile").resolve("bad.json");
        Files.writeString(file, "{\n  \"name\": \"bad\",\n  \"gracePeriode\": \"PT3S\"\n}\n");
        chooseFileWith(robot, file);

        pickCustomProfile(robot);
        waitUntil("the panel says what is wrong with the file: " + text(robot, "#device-profile-problem"),
                () -> text(robot, "#device-profile-problem").startsWith(file + ":3:3: unknown field \"gracePeriode\""));
        assertEquals("desktop", profileBox(robot).getValue(), "the profile in force stays chosen");
    }

    @Test
    void theAutomaticSaverSwitchesOnAtTheThresholdTheUserSets(FxRobot robot) {
        choose(robot, "#device-power", "Battery");
        choose(robot, "#device-saver", "Automatic");
        waitUntil("the panel says when the saver switches on", () -> robot.lookup("Switches on at 20%").tryQuery().isPresent());
        robot.clickOn("#device-saver-threshold .thumb");
        robot.type(KeyCode.END);
        waitUntil("the slider says 100 %", () -> robot.lookup("100 %").tryQuery().isPresent()
                && robot.lookup("#device-saver-threshold").queryAs(javafx.scene.control.Slider.class).getValue() == 100);
        // The battery is full (100%), so a threshold of 100% puts the saver in effect.
        waitUntil("the panel says the saver is in effect",
                () -> robot.lookup("Battery saver is in effect").tryQuery().isPresent());
    }

    /** Clicks the profile box and its last entry; the box does not keep it (it opens the chooser instead). */
    private static void pickCustomProfile(FxRobot robot) {
        robot.clickOn("#device-profile");
        waitUntil("the profiles are offered", MainWindowFixture::contextMenuShowing);
        robot.clickOn("Custom profile…");
    }

    @SuppressWarnings("unchecked")
    private static void chooseFileWith(FxRobot robot, Path file) {
        // Headless Monocle has no native file dialog: the box's chooser answers with the file, as a user would pick it.
        ChoiceBox<String> box = profileBox(robot);
        ObjectProperty<Function<Window, File>> chooser =
                (ObjectProperty<Function<Window, File>>) box.getProperties().get(DevicePanelView.FILE_CHOOSER);
        robot.interact(() -> chooser.set(owner -> file.toFile()));
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<String> profileBox(FxRobot robot) {
        return robot.lookup("#device-profile").queryAs(ChoiceBox.class);
    }
}

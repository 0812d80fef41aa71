package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.selectRegistration;
import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector's CPU time (SPEC 5) of a task that really works in bgsim's JVM. */
@ExtendWith(ApplicationExtension.class)
class InspectorCpuWindowTest {
    private static final Pattern THREADS = Pattern.compile("(\\d+) ms \\(its threads\\)|(\\d+\\.\\d\\d) s \\(its threads\\)");
    private final MainWindowFixture fixture = new MainWindowFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.startEmpty(stage);
        fixture.load(BasicPackage.builder("dev.bgsim.demo.Spin")
                .task(SpinTask.class, "systemEvent")
                .registration("Spin", SpinTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .classLoader(SpinTask.class.getClassLoader())
                .build());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void aTaskThatWorksShowsTheCpuTimeItsThreadsUsed(FxRobot robot) {
        selectRegistration(robot, "Spin");
        robot.type(KeyCode.F5);
        waitUntil("the inspector shows Spin#1 ended (state " + text(robot, "#inspector-state") + ")",
                () -> text(robot, "#inspector-title").equals("Spin#1") && text(robot, "#inspector-state").equals("COMPLETED"));
        waitUntil("the CPU time row shows a reading of its threads: " + text(robot, "#inspector-cpu-time"),
                () -> THREADS.matcher(text(robot, "#inspector-cpu-time")).matches());
        long ms = millis(text(robot, "#inspector-cpu-time"));
        // It spun for 300 ms of CPU; samples come every 100 ms, so at least a third of it was seen even on a loaded machine,
        // and a thread cannot use more CPU than the real time it ran (well under a minute here).
        assertTrue(ms >= 100 && ms < 60_000, "CPU time shown: " + text(robot, "#inspector-cpu-time"));
    }

    private static long millis(String shown) {
        Matcher m = THREADS.matcher(shown);
        assertTrue(m.matches(), shown);
        return m.group(1) != null ? Long.parseLong(m.group(1)) : Math.round(Double.parseDouble(m.group(2)) * 1000);
    }
}

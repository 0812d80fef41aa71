package dev.bgsim.ui;

import static dev.bgsim.ui.MainWindowFixture.selectRegistration;
import static dev.bgsim.ui.MainWindowFixture.text;
import static dev.bgsim.ui.MainWindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.checker.Finding;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.NoDeferralTask;
import dev.bgsim.sdk.PushNotificationTrigger;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A live finding shows in the bottom tabs; double-clicking it selects its instance and shows the guideline. */
@ExtendWith(ApplicationExtension.class)
class FindingsTabTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private final MainWindowFixture fixture = new MainWindowFixture();

    @Start
    void start(Stage stage) throws Exception {
        fixture.start(stage);
        fixture.load(BasicPackage.builder("dev.bgsim.demo.Pitfalls")
                .task(NoDeferralTask.class, "pushNotification")
                .registration("ForgetsDeferral", NoDeferralTask.class, new PushNotificationTrigger())
                .classLoader(FindingsTabTest.class.getClassLoader())
                .build());
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }

    @Test
    void aMissingDeferralShowsAsAFindingThatOpensItsInstanceAndGuideline(FxRobot robot) {
        selectRegistration(robot, "ForgetsDeferral");
        robot.type(KeyCode.F5);
        waitUntil("the findings tab counts one finding", () -> robot.lookup("Findings (1)").tryQuery().isPresent());
        robot.clickOn("Findings (1)");
        @SuppressWarnings("unchecked")
        TableView<Finding> table = robot.lookup("#findings-table").queryAs(TableView.class);
        assertEquals("BG102", table.getItems().get(0).ruleId());
        assertEquals("ForgetsDeferral#1", table.getItems().get(0).subject());
        waitUntil("the row shows", () -> robot.lookup("#findings-table .table-row-cell").tryQuery()
                .map(n -> n.lookup(".text") != null).orElse(false));
        Node row = robot.lookup("#findings-table .table-row-cell").query();
        robot.doubleClickOn(row);
        waitUntil("the inspector shows ForgetsDeferral#1", () -> text(robot, "#inspector-title").equals("ForgetsDeferral#1"));
        String guideline = robot.lookup("#finding-guideline").queryAs(TextArea.class).getText();
        assertTrue(guideline.startsWith("BG102 run() returned with work still going and no deferral"), guideline);
        assertTrue(guideline.contains("If your background task class runs asynchronous code, make sure to use deferrals."), guideline);
        assertTrue(guideline.contains("guidelines-for-background-tasks#background-task-guidance"), guideline);
    }

    @Test
    void aFindingIsMarkedOnItsRegistrationsLaneAtTheMomentItWasRaised(FxRobot robot) throws Exception {
        selectRegistration(robot, "ForgetsDeferral");
        robot.type(KeyCode.F5);
        waitUntil("the findings tab counts one finding", () -> robot.lookup("Findings (1)").tryQuery().isPresent());
        dev.bgsim.ui.timeline.TimelineModel model = fixture.session().timeline();
        Finding finding = fixture.session().findings().findings().get(0);
        java.util.List<dev.bgsim.ui.timeline.Mark> marks = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            java.util.List<dev.bgsim.ui.timeline.Mark> found = new java.util.ArrayList<>();
            model.lanes().forEach(l -> l.forEachMark(Long.MIN_VALUE, Long.MAX_VALUE, m -> {
                if (m.kind() == dev.bgsim.ui.timeline.MarkKind.FINDING) {
                    found.add(m);
                }
            }));
            return found;
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(1, marks.size(), marks::toString);
        assertEquals("BG102 run() returned with work still going and no deferral", marks.get(0).text());
        assertEquals(finding.subjects().instanceId().toString(), marks.get(0).instanceId());
        assertEquals(fixture.session().timelineFeed().at(finding.simTime()), marks.get(0).time());

        // Clicking the mark opens its finding: the instance in the inspector, the guideline in the findings tab.
        dev.bgsim.ui.timeline.Mark mark = marks.get(0);
        dev.bgsim.ui.timeline.TimelineView timeline = robot.lookup("#timeline").queryAs(dev.bgsim.ui.timeline.TimelineView.class);
        robot.clickOn("Event log");
        robot.interact(() -> {
            timeline.setSelectedInstance(null);
            timeline.setFollowNow(false);
            timeline.setVisibleDuration(4_000);
            timeline.setVisibleStart(mark.time() - 2_000);
        });
        waitUntil("the inspector is empty", () -> text(robot, "#inspector-title").equals("No instance selected"));
        dev.bgsim.ui.timeline.TimelineSkin skin = (dev.bgsim.ui.timeline.TimelineSkin) timeline.getSkin();
        waitUntil("the finding's mark is drawn", () -> skin.drawnMark(mark).isPresent());
        javafx.geometry.Point2D at = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> skin.drawnMark(mark)
                .map(p -> skin.canvasToScreen(p.getX(), p.getY())).orElseThrow()).get(10, java.util.concurrent.TimeUnit.SECONDS);
        robot.clickOn(at);
        waitUntil("the inspector shows ForgetsDeferral#1", () -> text(robot, "#inspector-title").equals("ForgetsDeferral#1"));
        waitUntil("the findings tab is in front with the guideline", () -> robot.lookup("#finding-guideline").queryAs(TextArea.class)
                .getText().startsWith("BG102 run() returned with work still going and no deferral")
                && robot.lookup("#bottom-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId().equals("tab-findings"));
    }
}

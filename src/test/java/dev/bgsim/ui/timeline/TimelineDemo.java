package dev.bgsim.ui.timeline;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.robot.Robot;
import javafx.util.Duration;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Shows the timeline with {@link DemoScenario}'s data, to look at it: arguments {@code dark} for
 * PrimerDark, {@code select} to select an instance, {@code zoom} to zoom in on a cancellation,
 * {@code big} for 100,000 items of synthetic history, all shown, {@code hover} to move the
 * mouse onto a bar (its tooltip shows). Not a test. (Not itself an Application, so
 * that it starts from a plain class path.)
 */
public final class TimelineDemo {
    private TimelineDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo window. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean dark = args.contains("dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        boolean big = args.contains("big");
        TimelineView timeline = new TimelineView(big ? SyntheticHistory.build(100_000) : DemoScenario.build());
        timeline.setVisibleDuration(180_000);
        timeline.setNow(big ? SyntheticHistory.END : DemoScenario.NOW);
        if (big) {
            timeline.showAll();
        }
        if (args.contains("zoom")) {
            timeline.setFollowNow(false);
            timeline.setVisibleStart(44_000);
            timeline.setVisibleDuration(16_000);
        }
        timeline.setSelectedInstance(args.contains("select") ? "s2" : null);
        Label status = new Label();
        status.setPadding(new Insets(4, 8, 4, 8));
        status.textProperty().bind(timeline.selectedInstanceProperty().map(id -> "Selected: " + id).orElse("Nothing selected"));
        BorderPane root = new BorderPane(timeline);
        root.setBottom(status);
        stage.setScene(new Scene(root, 1400, 640));
        stage.setTitle("bgsim timeline demo");
        stage.show();
        if (args.contains("hover")) {
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> hover(timeline, big ? "i49999" : "p1"));
            settle.play();
        }
    }

    /** Moves the real mouse onto an instance's bar, so that a screenshot shows its tooltip. */
    private static void hover(TimelineView timeline, String instanceId) {
        TimelineSkin skin = (TimelineSkin) timeline.getSkin();
        Bounds bar = skin.barBounds(instanceId);
        Point2D point = skin.canvas().localToScreen(bar.getMinX() + Math.min(40, bar.getWidth() / 2), bar.getCenterY());
        new Robot().mouseMove(point);
    }
    }
}

package dev.bgsim.ui.replay;

import static dev.bgsim.ui.replay.LiveWindowHarness.bars;
import static dev.bgsim.ui.replay.LiveWindowHarness.onFx;
import static dev.bgsim.ui.replay.LiveWindowHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.ui.timeline.TimelineView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A session run live in the real window and recorded into the workspace as it happens, then its
 * recording opened read-only in a window of its own: the same bars (instances, states, reasons,
 * times), live-only controls disabled and saying why, the scrubber going back and forth; and a
 * damaged recording opening with its problems named as file:line.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayWindowTest {
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
    void theRecordingOfALiveSessionOpensWithTheSameBars(FxRobot robot) throws Exception {
        List<String> liveBars = runSessionLive();
        Path file = live.recorder.file().orElseThrow();

        ReplayWindow replay = live.opener.open(file).get(LiveWindowHarness.TIMEOUT_S, TimeUnit.SECONDS);
        waitUntil("the replay shows every recorded bar (live: " + liveBars + ", replay: "
                + onFx(() -> bars(replay.session().timeline())) + ")",
                () -> bars(replay.session().timeline()).equals(liveBars));
        assertTrue(onFx(() -> replay.recording().problems().isEmpty()), () -> replay.recording().problems().toString());

        // Live-only controls are disabled and say it is a recording; viewing controls are not.
        Control play = onFx(() -> (Control) stageOf(replay).getScene().lookup("#action-play-pause"));
        assertTrue(onFx(play::isDisabled), "play/pause is disabled in a recording");
        assertTrue(onFx(() -> play.getTooltip().getText()).contains("This is a recording"));
        assertTrue(onFx(() -> stageOf(replay).getScene().lookup("#device-battery").isDisabled()));
        assertFalse(onFx(() -> stageOf(replay).getScene().lookup("#action-show-all").isDisabled()));
        assertFalse(onFx(() -> stageOf(replay).getScene().lookup("#log-search").isDisabled()));

        // Back to the start: nothing has happened yet; to the end again: the same bars.
        robot.interact(() -> ((Button) stageOf(replay).getScene().lookup("#replay-rewind")).fire());
        waitUntil("the replay at its start has no bars", () -> bars(replay.session().timeline()).isEmpty());
        robot.interact(() -> ((Button) stageOf(replay).getScene().lookup("#replay-to-end")).fire());
        waitUntil("the replay at its end has the live bars again", () -> bars(replay.session().timeline()).equals(liveBars));

        // Played from the start at 3600x it reaches the same end by itself.
        robot.interact(() -> {
            replay.scrubber().setSpeed(3600);
            replay.seek(replay.port().start());
            replay.scrubber().setPlaying(true);
        });
        waitUntil("the replay played to its end", () -> !replay.scrubber().isPlaying() && replay.port().atEnd());
        waitUntil("the played replay has the live bars", () -> bars(replay.session().timeline()).equals(liveBars));
        assertTrue(live.problems.isEmpty(), live.problems::toString);
    }

    @Test
    void aDamagedRecordingOpensWithItsProblemsNamedAndEverythingReadable(FxRobot robot) throws Exception {
        List<String> liveBars = runSessionLive();
        List<String> lines = new ArrayList<>(Files.readAllLines(live.recorder.file().orElseThrow()));
        // Line 3 malformed, an event type from a newer bgsim as line 4, the last line cut short.
        lines.add(2, "{\"seq\": 3, \"sim\": \"2026-01-01T08:00:00Z\", this is not json");
        String unknown = lines.get(4).replaceFirst("\"type\":\"[A-Za-z]+\"", "\"type\":\"QuantumEntangled\"");
        lines.set(4, unknown);
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.substring(0, last.length() / 2));
        Path damaged = workspace.resolve("damaged.jsonl");
        Files.writeString(damaged, String.join("\n", lines));

        ReplayWindow replay = live.opener.open(damaged).get(LiveWindowHarness.TIMEOUT_S, TimeUnit.SECONDS);
        String shown = onFx(() -> ((Label) stageOf(replay).getScene().lookup("#replay-problems")).getText());
        assertTrue(shown.contains(damaged + ":3: not a recording line"), shown);
        assertTrue(shown.contains(damaged + ":" + lines.size() + ": the last line is cut short"), shown);
        assertTrue(shown.contains("QuantumEntangled is not known"), shown);
        waitUntil("the event log shows the unknown event as unknown", () -> replay.session().eventLog().allRows().stream()
                .anyMatch(r -> r.type().equals("QuantumEntangled") && r.details().contains("unknown event type")));
        // Only the cut line (the live recording's last event) may be missing from the bars.
        waitUntil("the readable bars are shown", () -> !bars(replay.session().timeline()).isEmpty());
        assertTrue(onFx(() -> replay.session().timeline().lanes().size()) > 0);
        assertTrue(liveBars.size() >= onFx(() -> bars(replay.session().timeline()).size()));
    }

    @Test
    void theFileMenuSavesAndExportsTheLiveSessionAndTheOpenRecording() throws Exception {
        runSessionLive();
        javafx.scene.control.MenuBar bar = onFx(() -> (javafx.scene.control.MenuBar) live.main.window().columns()
                .getScene().lookup("#menu-bar"));
        List<String> offered = onFx(() -> bar.getMenus().get(0).getItems().stream()
                .flatMap(i -> i instanceof javafx.scene.control.Menu m ? m.getItems().stream() : java.util.stream.Stream.of(i))
                .map(javafx.scene.control.MenuItem::getId).filter(java.util.Objects::nonNull).toList());
        assertTrue(offered.containsAll(List.of("menu-open-recording", "menu-save-recording", "menu-export-trace",
                "menu-export-scenario", "menu-export-csv", "menu-export-png")), offered::toString);

        Path out = Files.createTempDirectory(workspace, "out");
        long saved = live.menus.saveAs(out.resolve("kept.jsonl")).get(LiveWindowHarness.TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(saved > 10, "lines saved: " + saved);
        assertTrue(new dev.bgsim.scenario.record.RecordingReader().read(out.resolve("kept.jsonl")).complete());
        for (dev.bgsim.scenario.export.ExportFormat f : dev.bgsim.scenario.export.ExportFormat.values()) {
            Path target = out.resolve("live." + f.word());
            live.menus.exportTo(f, target).get(LiveWindowHarness.TIMEOUT_S * 2, TimeUnit.SECONDS);
            assertTrue(Files.size(target) > 100, target + " written");
        }
        com.fasterxml.jackson.databind.JsonNode trace = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("live.trace").toFile());
        assertTrue(trace.get("traceEvents").size() > 10);
        trace.get("traceEvents").forEach(e -> assertTrue(e.hasNonNull("ph"), e::toString));
        assertTrue(Files.readString(out.resolve("live.csv")).contains(",InstanceCompleted,"));
        assertTrue(javax.imageio.ImageIO.read(out.resolve("live.png").toFile()).getWidth() > 1000);
        waitUntil("the status area says where the PNG went", () -> live.session.status().messageProperty().get()
                .contains(out.resolve("live.png").toString()));

        // The same menu in the window of an opened recording exports that recording.
        ReplayWindow replay = live.opener.open(out.resolve("kept.jsonl")).get(LiveWindowHarness.TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(out.resolve("kept.jsonl"), replay.source().file());
        Path scenario = out.resolve("replayed.scenario.json");
        replay.menus().exportTo(dev.bgsim.scenario.export.ExportFormat.SCENARIO, scenario)
                .get(LiveWindowHarness.TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(Files.readString(scenario).contains("\"steps\""));
    }

    /** Fires the three tasks in the live window and waits until every bar has ended; returns the live bars. */
    private List<String> runSessionLive() throws Exception {
        live.port.load(LiveWindowHarness.weather()).get(LiveWindowHarness.TIMEOUT_S, TimeUnit.SECONDS);
        live.engine.submit(new Command.RaiseSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE))
                .get(LiveWindowHarness.TIMEOUT_S, TimeUnit.SECONDS);
        waitUntil("the live timeline has three ended bars, one with a reason (" + onFx(() -> bars(live.session.timeline())) + ")",
                () -> {
                    List<String> b = bars(live.session.timeline());
                    return b.size() == 3 && b.stream().noneMatch(s -> s.endsWith(" open"))
                            && b.stream().anyMatch(s -> !s.contains("reason=null"));
                });
        List<String> liveBars = onFx(() -> bars(live.session.timeline()));
        long lastSeq = live.engine.history().get(live.engine.history().size() - 1).seq();
        waitUntil("the recording has every event", () -> live.recorder.lastFlushedSeq() >= lastSeq);
        return liveBars;
    }

    private static Stage stageOf(ReplayWindow replay) {
        return replay.stage();
    }
}

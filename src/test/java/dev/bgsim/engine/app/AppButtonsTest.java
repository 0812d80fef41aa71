package dev.bgsim.engine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.checker.SampleJars;
import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.harness.EngineHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PressAppButton on the official sample, the app that publishes its buttons: what is refused and why, and what a press does. */
class AppButtonsTest {
    private static final String SAMPLE = "Samples.BackgroundTask";

    @Test
    void aPressIsRefusedInWordsUntilTheAppPublishedItsButtonsAndForAButtonItDoesNotHave() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(SampleJars.of("official-sample")));
            CommandResult early = h.run(new Command.PressAppButton(SAMPLE, "Signal"));
            assertFalse(early.ok());
            assertTrue(early.message().contains("publishes no buttons") && early.message().contains("Commands.Available"),
                    early.message());

            h.app(SAMPLE, AppAction.LAUNCH);
            h.awaitSetting("Status:ApplicationTriggerTask", "Registered");
            CommandResult unknown = h.run(new Command.PressAppButton(SAMPLE, "Sgnal"));
            assertFalse(unknown.ok());
            assertTrue(unknown.message().contains("no button \"Sgnal\"") && unknown.message().contains("Signal"),
                    unknown.message());
            assertEquals(null, h.setting(AppButtons.QUEUE), "a refused press queues nothing");
        }
    }

    @Test
    void aPressQueuesTheCommandAndAForegroundAppRunsItAfterMinimiseAndLaunch() {
        try (EngineHarness h = EngineHarness.start("desktop")) {
            h.ok(new Command.LoadPackageFile(SampleJars.of("official-sample")));
            h.app(SAMPLE, AppAction.LAUNCH);
            h.awaitSetting("Status:SampleBackgroundTask", "Registered");

            CommandResult press = h.ok(new Command.PressAppButton(SAMPLE, "Unregister SampleBackgroundTask"));
            assertTrue(press.message().startsWith("pressed \"Unregister SampleBackgroundTask\""), press.message());
            assertEquals(List.of("Unregister SampleBackgroundTask"), h.events("LocalSettingChanged").stream()
                    .map(e -> e.payloadAs(dev.bgsim.engine.event.Events.LocalSettingChanged.class))
                    .filter(c -> c.key().equals(AppButtons.QUEUE) && !c.removed()).findFirst().orElseThrow().value());
            h.awaitSetting("Status:SampleBackgroundTask", "Unregistered");
            h.awaitApp(SAMPLE, AppState.RUNNING);
            assertEquals(List.of("RUNNING_IN_BACKGROUND", "RUNNING"), h.events("AppStateChanged").stream()
                    .map(e -> e.payloadAs(dev.bgsim.engine.event.Events.AppStateChanged.class))
                    .filter(c -> c.why().contains("pressed")).map(dev.bgsim.engine.event.Events.AppStateChanged::to).toList());
        }
    }

    /** A press launches the running app again; the sample looks at its registrations each time, so the checker has nothing to say. */
    @Test
    void pressingButtonsRaisesNoRegistrationsNotCheckedAtLaunchFinding() {
        List<dev.bgsim.checker.Finding> findings = dev.bgsim.checker.SampleRun.findings("desktop", "official-sample", h -> {
            h.app(SAMPLE, AppAction.LAUNCH);
            h.awaitSetting("Status:SampleBackgroundTask", "Registered");
            h.ok(new Command.PressAppButton(SAMPLE, "Unregister SampleBackgroundTask"));
            h.awaitSetting("Status:SampleBackgroundTask", "Unregistered");
            h.ok(new Command.PressAppButton(SAMPLE, "Register SampleBackgroundTask"));
            h.awaitSetting("Status:SampleBackgroundTask", "Registered");
        });
        assertEquals(List.of(), findings.stream().filter(f -> f.rule().name().equals("registrations-not-checked-at-launch"))
                .map(dev.bgsim.checker.Finding::describe).toList());
    }
}

package dev.bgsim.scenario.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.SampleFiles;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventPayload;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.DurationText;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.parse.ScenarioParser;
import dev.bgsim.scenario.record.RecordedPackage;
import dev.bgsim.scenario.record.RecordedSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of user command a session can hold comes back as the scenario step that gives it,
 * and what the engine did by itself does not; the scenario parser accepts the result.
 */
class SessionInputsTest {
    private static final String PKG = "Samples.BackgroundTask";
    private static final Instant T0 = EngineConfig.DEFAULT_START;
    private static final UUID REG = new UUID(1, 1);
    private static final UUID REG_TWIN = new UUID(1, 2);
    private static final UUID REG_APP = new UUID(1, 3);

    @TempDir
    Path dir;

    private final List<EngineEvent> events = new ArrayList<>();

    private void at(double seconds, Subjects subjects, EventPayload payload) {
        events.add(new EngineEvent(events.size() + 1, T0.plusMillis((long) (seconds * 1000)), T0, subjects, payload));
    }

    private static Subjects reg(UUID id) {
        return new Subjects(PKG, id, "SampleBackgroundTask", null, 0, null);
    }

    private static Subjects instance(int n) {
        return new Subjects(PKG, REG, "SampleBackgroundTask", new UUID(2, n), n, PKG + "/default");
    }

    private static Subjects host(String id) {
        return new Subjects(PKG, null, null, null, 0, id);
    }

    @Test
    void everyUserCommandBecomesItsStepAndNothingElseDoes() throws Exception {
        at(0, Subjects.NONE, new Events.EngineStarted("desktop", T0, true, 1.0, Map.of("power", "AC", "batteryPercent", 100,
                "batterySaver", "OFF", "internet", true, "memoryPressure", "NORMAL", "batterySaverActive", false)));
        at(0, Subjects.ofPackage(PKG), new Events.PackageLoaded("1.0.0.0", "sample.App", 2));
        at(0, Subjects.ofPackage(PKG), new Events.AccessChanged("ALWAYS_ALLOWED", false, "ALWAYS_ALLOWED"));
        at(0, reg(REG), new Events.RegistrationAdded("tasks.T", "SystemTrigger[TIME_ZONE_CHANGE, oneShot=false]", "SYSTEM",
                List.of(), false, null, "APP", true, false));
        at(0, reg(REG_TWIN), new Events.RegistrationAdded("tasks.T", "TimeTrigger[freshness=15 min, oneShot=true]", "TIME",
                List.of("INTERNET_AVAILABLE"), true, "g1", "USER", true, true));
        at(0, new Subjects(PKG, REG_APP, "ApplicationTriggerTask", null, 0, null), new Events.RegistrationAdded("tasks.T",
                "ApplicationTrigger", "APPLICATION", List.of(), false, null, "APP", true, false));
        at(0, Subjects.ofPackage(PKG), new Events.AppStateChanged("NOT_RUNNING", "RUNNING", "LAUNCH", "the user"));
        at(1, reg(REG), new Events.TriggerFired("USER", false, "t", null));
        at(1, reg(REG_TWIN), new Events.TriggerFired("USER", false, "t", null));
        at(1, instance(1), new Events.InstanceStarted("tasks.T", false, false, Duration.ofSeconds(30)));
        at(1.5, reg(REG), new Events.TriggerFired("USER", true, "t", Map.of("fence", "home")));
        at(2, Subjects.NONE, new Events.SystemEventRaised("TIME_ZONE_CHANGE", "USER"));
        at(2, reg(REG), new Events.TriggerFired("SYSTEM_EVENT", false, "t", null));
        at(2.5, Subjects.NONE, new Events.DeviceStateChanged(List.of("power", "batterySaverActive"),
                Map.of("power", "BATTERY", "batterySaverActive", false), "set by the user"));
        at(2.5, Subjects.NONE, new Events.SystemEventRaised("POWER_STATE_CHANGE", "SYSTEM"));
        at(3, Subjects.NONE, new Events.DeviceStateChanged(List.of("batteryPercent"), Map.of("batteryPercent", 99), "battery drain"));
        at(3, instance(1), new Events.CancelRequested("IDLE_TASK", T0.plusSeconds(8), 1, "USER"));
        at(3.5, instance(1), new Events.CancelRequested("ENERGY_SAVER", T0.plusSeconds(8), 1, "SYSTEM"));
        at(4, host(PKG + "/default"), new Events.HostSuspended(1));
        at(5, host(PKG + "/default"), new Events.HostResumed());
        at(6, instance(1), new Events.InstanceTerminated("USER", "terminated by the user", null, List.of()));
        at(7, host(PKG + "/group:net"), new Events.HostStopped("terminated by the user"));
        at(8, Subjects.ofPackage(PKG), new Events.AccessChanged("NEVER_ALLOWED", true, "DENIED_BY_USER"));
        at(8.5, Subjects.ofPackage(PKG), new Events.AccessChanged("NEVER_ALLOWED", false, "DENIED_BY_USER"));
        at(9, Subjects.NONE, new Events.ProfileChanged("mobile-512mb"));
        Subjects app = new Subjects(PKG, REG_APP, "ApplicationTriggerTask", null, 0, null);
        at(10, app, new Events.TriggerRequested("ApplicationTrigger", "ALLOWED", "USER", "", Map.of("arguments", Map.of("a", 1))));
        at(10, app, new Events.TriggerRequested("ApplicationTrigger", "ALLOWED", "FOREGROUND_APP", "", null));
        at(11, reg(REG), new Events.RegistrationRemoved(true, "unregistered", "USER"));
        at(11, reg(REG_TWIN), new Events.RegistrationRemoved(true, "unregistered", "USER"));
        at(11.5, reg(REG), new Events.RegistrationRemoved(false, "unregistered", "APP"));
        at(12, Subjects.ofPackage(PKG), new Events.AppStateChanged("RUNNING", "SUSPENDING", "SUSPEND", "the user"));
        at(12.5, Subjects.ofPackage(PKG), new Events.AppStateChanged("SUSPENDING", "SUSPENDED", "SUSPEND_DONE", "suspend done"));
        at(13, Subjects.ofPackage(PKG), new Events.PackageUpdated("1.0.0.0", "1.0.0.1"));
        at(13, Subjects.ofPackage(PKG), new Events.AppStateChanged("SUSPENDED", "NOT_RUNNING", "UPDATE", "package updated"));
        at(14, Subjects.ofPackage(PKG), new Events.AppStateChanged("NOT_RUNNING", "TERMINATED", "LOGOFF", "the user logged off"));
        at(14, Subjects.NONE, new Events.DeviceStateChanged(List.of("sessionConnected"), Map.of("sessionConnected", false), "log off"));
        at(15, Subjects.ofPackage(PKG), new Events.PackageUnloaded("uninstalled"));

        Scenario scenario = exportAndParse();
        List<String> steps = scenario.steps().stream().filter(ActionStep.class::isInstance)
                .map(s -> DurationText.format(s.at()) + " " + ((ActionStep) s).action().describe()).toList();
        assertEquals(List.of(
                "0s register Samples.BackgroundTask/SampleBackgroundTask (tasks.T, time every 15 min (one-shot), when "
                        + "[INTERNET_AVAILABLE], cancel on condition loss, network requested, group g1)",
                "0s launch Samples.BackgroundTask",
                "1s fire Samples.BackgroundTask/SampleBackgroundTask",
                "1.5s fire Samples.BackgroundTask/SampleBackgroundTask (forced) with {fence=home}",
                "2s fire system event TIME_ZONE_CHANGE",
                "2.5s set power=battery",
                "3s cancel Samples.BackgroundTask/SampleBackgroundTask#1 with IDLE_TASK",
                "4s suspendHost Samples.BackgroundTask/default",
                "5s resumeHost Samples.BackgroundTask/default",
                "6s kill instance Samples.BackgroundTask/SampleBackgroundTask#1",
                "7s kill host Samples.BackgroundTask/group:net",
                "8s set access Samples.BackgroundTask=NEVER_ALLOWED",
                "9s set profile=mobile-512mb",
                "10s request Samples.BackgroundTask/ApplicationTriggerTask with {a=1}",
                "11s unregister Samples.BackgroundTask/SampleBackgroundTask (cancelling running tasks)",
                "12s suspend Samples.BackgroundTask",
                "13s update Samples.BackgroundTask",
                "14s logoff",
                "15s uninstall Samples.BackgroundTask"), steps);
    }

    private Scenario exportAndParse() throws Exception {
        Path jar = SampleFiles.officialSampleJar();
        RecordedSession session = new RecordedSession(Optional.empty(),
                List.of(new RecordedPackage(PKG, "1.0.0.0", jar.toString(), List.of())), events, 1, Optional.empty());
        Path file = dir.resolve("inputs.scenario.json");
        ExportedScenario exported = new ScenarioExport().export(session, file, "test");
        Files.writeString(file, exported.json());
        try {
            Scenario scenario = new ScenarioParser().parse(file);
            assertTrue(exported.json().contains("\"access\": {\"" + PKG + "\": \"ALWAYS_ALLOWED\"}"), exported.json());
            return scenario;
        } catch (ScenarioException e) {
            throw new AssertionError(e.errors() + "\n" + exported.json(), e);
        }
    }
}

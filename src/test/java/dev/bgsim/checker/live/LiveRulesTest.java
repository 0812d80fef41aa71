package dev.bgsim.checker.live;

import dev.bgsim.checker.Finding;
import dev.bgsim.engine.event.Events;
import dev.bgsim.pkg.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each live rule on a hand-written event stream: the stream that breaks it raises exactly its
 * finding, with the subjects, time and specifics; the near miss raises nothing.
 */
class LiveRulesTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Instant GRACE_END = Instant.parse("2026-01-01T08:00:35Z");

    private static EventScript started(String name, boolean inProcess) {
        return new EventScript().instance(name, 1, new Events.InstanceStarted(inProcess ? null : "t." + name, false, inProcess, LIMIT));
    }

    private static Finding only(EventScript script) {
        List<Finding> found = script.findings();
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    @Test
    void cancellationWithoutListenerIsBG101() {
        Finding f = only(started("T", false).after(Duration.ofSeconds(5))
                .instance("T", 1, new Events.CancelRequested("ABORT", GRACE_END, 0, "SYSTEM")));
        assertEquals("BG101", f.ruleId());
        assertEquals("T#1", f.subject());
        assertEquals(Instant.parse("2026-01-01T08:00:05Z"), f.simTime());
        assertEquals(2, f.seq());
        assertTrue(f.message().startsWith("cancelled with ABORT while no canceled listener was added"), f::toString);
        assertEquals(List.of(), started("T", false).instance("T", 1, new Events.CancelRequested("ABORT", GRACE_END, 1, "SYSTEM")).findings());
    }

    @Test
    void workAbandonedIsBG102WithTheWorkNamed() {
        Finding f = only(started("T", false).instance("T", 1, new Events.RunReturned(0))
                .instance("T", 1, new Events.WorkAbandoned(List.of("worker-1"), 1)));
        assertEquals("BG102", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("1 thread worker-1 and 1 TaskClock timer"), f::toString);
    }

    @Test
    void deferralOpenWhenTheGraceEndsIsBG103NotAnIgnoredCancellation() {
        EventScript script = started("T", false)
                .instance("T", 1, new Events.DeferralTaken(1, "stack"))
                .instance("T", 1, new Events.RunReturned(1))
                .after(Duration.ofSeconds(30))
                .instance("T", 1, new Events.CancelRequested("EXECUTION_TIME_EXCEEDED", GRACE_END, 1, "SYSTEM"))
                .after(Duration.ofSeconds(5))
                .instance("T", 1, new Events.InstanceTerminated("GRACE_EXPIRED", "EXECUTION_TIME_EXCEEDED", null, List.of()));
        assertEquals(List.of("BG105", "BG103"), script.ruleIds());
        Finding f = script.findings().get(1);
        assertEquals("a deferral was never completed: run() returned 35 s earlier, and the instance was terminated when the grace "
                + "period after EXECUTION_TIME_EXCEEDED ended", f.message());
    }

    @Test
    void idleCancellationWithAnOpenDeferralIsBG103() {
        EventScript script = started("T", false).instance("T", 1, new Events.DeferralTaken(1, "stack"))
                .instance("T", 1, new Events.RunReturned(1)).after(Duration.ofMinutes(1))
                .instance("T", 1, new Events.CancelRequested("IDLE_TASK", GRACE_END, 1, "SYSTEM"));
        assertEquals(List.of("BG103"), script.ruleIds());
    }

    @Test
    void completedDeferralIsNotBG103() {
        EventScript script = started("T", false).instance("T", 1, new Events.DeferralTaken(1, "stack"))
                .instance("T", 1, new Events.RunReturned(1))
                .instance("T", 1, new Events.DeferralCompleted(1, false))
                .instance("T", 1, new Events.InstanceCompleted());
        assertEquals(List.of(), script.findings());
    }

    @Test
    void secondCompleteIsBG104() {
        Finding f = only(started("T", false).instance("T", 1, new Events.DeferralTaken(1, "s"))
                .instance("T", 1, new Events.DeferralCompleted(1, false)).instance("T", 1, new Events.DeferralCompleted(1, true)));
        assertEquals("BG104", f.ruleId());
    }

    @Test
    void timeLimitCancellationIsBG105WithTheLimit() {
        Finding f = only(started("T", false).instance("T", 1, new Events.CancelRequested("EXECUTION_TIME_EXCEEDED", GRACE_END, 1, "SYSTEM")));
        assertEquals("BG105", f.ruleId());
        assertEquals("ran past its time limit of 30 s and was cancelled with EXECUTION_TIME_EXCEEDED; run() was still running", f.message());
    }

    @Test
    void graceExpiryWhileRunIsBG106OutOfProcessAndBG107InProcess() {
        Events.InstanceTerminated graceOver = new Events.InstanceTerminated("GRACE_EXPIRED", "ABORT", null, List.of("Other#2"));
        EventScript outOfProcess = started("T", false).instance("T", 1, new Events.CancelRequested("ABORT", GRACE_END, 1, "SYSTEM"))
                .instance("T", 1, graceOver);
        assertEquals(List.of("BG106"), outOfProcess.ruleIds());
        assertTrue(outOfProcess.findings().get(0).message().endsWith("terminated with it: Other#2"), outOfProcess.findings()::toString);
        EventScript inProcess = started("T", true).instance("T", 1, new Events.CancelRequested("ABORT", GRACE_END, 1, "SYSTEM"))
                .instance("T", 1, graceOver);
        assertEquals(List.of("BG107"), inProcess.ruleIds());
        EventScript user = started("T", false).instance("T", 1, new Events.InstanceTerminated("USER", null, null, List.of()));
        assertEquals(List.of(), user.findings());
    }

    @Test
    void failureIsBG108UnlessItIsAWindowAttemptWhichIsBG110() {
        EventScript threw = started("T", false).instance("T", 1,
                new Events.InstanceFailed("java.lang.NumberFormatException", "null", "at t.T.run", "bgsim-task-T#1"));
        assertEquals(List.of("BG108"), threw.ruleIds());
        EventScript headless = started("T", false).instance("T", 1,
                new Events.InstanceFailed("java.awt.HeadlessException", null, "at java.awt.GraphicsEnvironment.checkHeadless", "t"));
        assertEquals(List.of("BG110"), headless.ruleIds());
        EventScript swing = started("T", false).instance("T", 1,
                new Events.InstanceFailed("java.lang.IllegalStateException", "x", "at javax.swing.JFrame.<init>\nat t.T.run", "t"));
        assertEquals(List.of("BG110"), swing.ruleIds());
    }

    @Test
    void hostCrashIsBG109() {
        Finding f = only(new EventScript().host("host-1", new Events.HostCrashed("System.exit(0)", List.of("A#1", "B#1"))));
        assertEquals("BG109", f.ruleId());
        assertEquals("host host-1", f.subject());
        assertEquals("task host host-1 crashed (System.exit(0)); instances terminated with it: A#1, B#1", f.message());
    }

    @Test
    void lowMemoryOnDesktopIsTheInfoBG111() {
        Finding f = only(new EventScript().pkg(new Events.LowMemoryWouldTerminate(List.of("A#1"), "desktop keeps them")));
        assertEquals("BG111", f.ruleId());
        assertEquals(Severity.INFO, f.severity());
    }

    private static EventScript launched() {
        return new EventScript().pkg(new Events.PackageLoaded("1.0.0.0", "a.App", 1))
                .pkg(new Events.AppStateChanged("NOT_RUNNING", "RUNNING", "LAUNCH", "user"));
    }

    @Test
    void launchThatNeitherEnumeratesNorRegistersIsBG201() {
        EventScript lazy = launched().pkg(new Events.AppCallbackReturned("onLaunched"));
        assertEquals(List.of("BG201"), lazy.ruleIds());
        assertEquals(List.of(), launched().pkg(new Events.RegistrationsEnumerated("getAllTasks", 1))
                .pkg(new Events.AppCallbackReturned("onLaunched")).findings());
        EventScript noTasks = new EventScript().pkg(new Events.PackageLoaded("1.0.0.0", "a.App", 0))
                .pkg(new Events.AppStateChanged("NOT_RUNNING", "RUNNING", "LAUNCH", "user"))
                .pkg(new Events.AppCallbackReturned("onLaunched"));
        assertEquals(List.of(), noTasks.findings());
    }

    /** A second launch announced while the first onLaunched still runs: each return belongs to its own launch. */
    @Test
    void anOnLaunchedReturnBelongsToTheOldestLaunchNotYetReturned() {
        EventScript overlapping = launched().pkg(new Events.RegistrationsEnumerated("getAllTasks", 1))
                .pkg(new Events.AppStateChanged("RUNNING", "RUNNING", "LAUNCH", "app button"))
                .pkg(new Events.AppCallbackReturned("onLaunched"));
        assertEquals(List.of(), overlapping.findings(), "the first launch looked at its registrations");
        assertEquals(List.of("BG201"), overlapping.pkg(new Events.AppCallbackReturned("onLaunched")).ruleIds(),
                "the second did not");
    }

    private static Events.RegistrationAdded added(String triggerKind, String trigger, List<String> conditions, String origin,
                                                  boolean typeDeclared) {
        return new Events.RegistrationAdded("t.Sync", trigger, triggerKind, conditions, false, null, origin, typeDeclared, false);
    }

    @Test
    void secondRegistrationWithOneNameIsBG202() {
        Events.AccessChanged requested = new Events.AccessChanged("MANAGED_BY_WINDOWS", true, "ALLOWED_SUBJECT_TO_SYSTEM_POLICY");
        EventScript script = launched().pkg(requested)
                .add(new dev.bgsim.engine.event.Subjects(EventScript.PKG, java.util.UUID.randomUUID(), "Sync", null, 0, null),
                        added("PUSH_NOTIFICATION", "PushNotificationTrigger", List.of(), "APP", true))
                .add(new dev.bgsim.engine.event.Subjects(EventScript.PKG, java.util.UUID.randomUUID(), "Sync", null, 0, null),
                        added("PUSH_NOTIFICATION", "PushNotificationTrigger", List.of(), "APP", true));
        assertEquals(List.of("BG202"), script.ruleIds());
        assertTrue(script.findings().get(0).message().endsWith("each trigger now runs the task 2 times"), script.findings()::toString);
    }

    @Test
    void registeringBeforeRequestingAccessIsBG203AndSoIsWaitingForIt() {
        EventScript early = launched().registration("Tick", added("TIME", "TimeTrigger[freshness=15 min, oneShot=false]", List.of(), "APP", true));
        assertEquals(List.of("BG203"), early.ruleIds());
        assertTrue(early.findings().get(0).message().endsWith("this task will not run until it does"), early.findings()::toString);
        EventScript waiting = launched().registration("Tick", new Events.ActivationLatched(List.of("ACCESS_NOT_REQUESTED"), "never requested"))
                .registration("Tick", new Events.ActivationLatched(List.of("ACCESS_NOT_REQUESTED"), "never requested"));
        assertEquals(List.of("BG203"), waiting.ruleIds());
        EventScript asked = launched().pkg(new Events.AccessChanged("MANAGED_BY_WINDOWS", true, "ALLOWED"))
                .registration("Tick", added("TIME", "TimeTrigger[freshness=15 min, oneShot=false]", List.of(), "APP", true));
        assertEquals(List.of(), asked.findings());
    }

    @Test
    void registrationExceptionEscapingOnLaunchedIsBG204() {
        Finding f = only(new EventScript().pkg(new Events.AppCallbackFailed("onLaunched",
                "dev.bgsim.sdk.BackgroundTaskRegistrationException", "refused: access denied", "stack")));
        assertEquals("BG204", f.ruleId());
        assertEquals(List.of(), new EventScript().pkg(new Events.AppCallbackFailed("onLaunched", "java.lang.IllegalStateException",
                "x", "s")).findings());
    }

    @Test
    void updateWithoutAServicingCompleteRegistrationIsBG205() {
        EventScript without = new EventScript().registration("Tick", added("TIME", "TimeTrigger", List.of(), "MANIFEST", true))
                .pkg(new Events.PackageUpdated("1.0.0.0", "1.1.0.0"));
        assertEquals(List.of("BG205"), without.ruleIds());
        EventScript with = new EventScript().registration("Tick", added("TIME", "TimeTrigger", List.of(), "MANIFEST", true))
                .registration("Serviced", added("SYSTEM", "SystemTrigger[SERVICING_COMPLETE, oneShot=false]", List.of(), "MANIFEST", true))
                .pkg(new Events.PackageUpdated("1.0.0.0", "1.1.0.0"));
        assertEquals(List.of(), with.findings());
    }

    @Test
    void appTriggerFromATaskOrTheBackgroundIsBG206() {
        for (String caller : List.of("TASK", "BACKGROUND_APP", "UNKNOWN")) {
            EventScript script = new EventScript().registration("App",
                    new Events.TriggerRequested("ApplicationTrigger", "DISABLED_BY_POLICY", caller, "not foreground", null));
            assertEquals(List.of("BG206"), script.ruleIds(), caller);
        }
        for (String caller : List.of("FOREGROUND_APP", "USER")) {
            EventScript script = new EventScript().registration("App",
                    new Events.TriggerRequested("ApplicationTrigger", "ALLOWED", caller, null, null));
            assertEquals(List.of(), script.findings(), caller);
        }
    }

    @Test
    void undeclaredTaskTypeIsBG301AndAStrictRefusalIsItsError() {
        EventScript runs = new EventScript().registration("Signal", added("APPLICATION", "ApplicationTrigger", List.of(), "MANIFEST", false));
        assertEquals(List.of("BG301"), runs.ruleIds());
        assertEquals(Severity.WARNING, runs.findings().get(0).severity());
        EventScript refused = new EventScript().pkg(new Events.RegistrationRefused("Signal", "TASK_TYPE_NOT_DECLARED", "strict"));
        assertEquals(List.of("BG301"), refused.ruleIds());
        assertEquals(Severity.ERROR, refused.findings().get(0).severity());
        assertEquals("Signal", refused.findings().get(0).subject(), "named by the registration it refused");
        assertEquals(EventScript.PKG, refused.findings().get(0).subjects().packageName());
    }

    @Test
    void refusalsMapToTheirRules() {
        List<List<String>> table = List.of(
                List.of("ENTRY_POINT_NOT_DECLARED", "BG302"), List.of("NOT_ALLOWED_IN_PROCESS", "BG304"),
                List.of("FRESHNESS_TOO_SHORT", "BG305"), List.of("FRESHNESS_TOO_LONG", "BG305"),
                List.of("ONE_SHOT_CONTROL_CHANNEL_RESET", "BG307"), List.of("CONDITIONS_NOT_ALLOWED", "BG308"),
                List.of("TRIGGER_ALREADY_REGISTERED", "BG309"));
        for (List<String> row : table) {
            EventScript script = new EventScript().pkg(new Events.RegistrationRefused("R", row.get(0), "why"));
            assertEquals(List.of(row.get(1)), script.ruleIds(), row.get(0));
        }
        assertEquals(List.of(), new EventScript().pkg(new Events.RegistrationRefused("R", "ACCESS_DENIED", "why")).findings());
    }

    @Test
    void oppositeConditionsAreBG306() {
        EventScript script = new EventScript().registration("Never",
                added("SYSTEM", "SystemTrigger[USER_AWAY]", List.of("USER_PRESENT", "USER_NOT_PRESENT"), "APP", true))
                .pkg(new Events.AccessChanged("MANAGED_BY_WINDOWS", true, "ALLOWED"));
        assertTrue(script.ruleIds().contains("BG306"), script.findings()::toString);
    }

    @Test
    void theLoadersExecutableDiagnosticIsBG303AboutThePackage() {
        String bg303 = "pkg/bgsim-manifest.json:4:76: warning BG303: task t.Tick names executable \"a.exe\" but none of its"
                + " task types (timer) is controlChannel or pushNotification; remove it";
        Finding f = only(new EventScript().pkg(new Events.PackageRead("pkg/bgsim-manifest.json", "MANIFEST_FILE", List.of(),
                List.of("pkg/bgsim-manifest.json:1:54: warning: unknown field \"extra\" is ignored", bg303))));
        assertEquals("BG303", f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(EventScript.PKG, f.subject());
        assertEquals("the manifest at pkg/bgsim-manifest.json:4:76 says: task t.Tick names executable \"a.exe\" but none of its"
                + " task types (timer) is controlChannel or pushNotification; remove it", f.message());
        assertEquals(List.of(), new EventScript().pkg(new Events.PackageRead("p.jar", "JAR_WITH_MANIFEST", List.of(),
                List.of("p.jar!/bgsim-manifest.json:3:5: error BG305: registration \"R\" will be refused"))).findings(),
                "rules with their own live check are not raised twice");
    }
}

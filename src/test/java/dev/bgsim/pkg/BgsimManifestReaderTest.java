package dev.bgsim.pkg;

import dev.bgsim.sdk.ControlChannelTrigger;
import dev.bgsim.sdk.PushNotificationTrigger;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.bgsim.pkg.ManifestFixtures.assertAt;
import static dev.bgsim.pkg.ManifestFixtures.assertLoaded;
import static dev.bgsim.pkg.ManifestFixtures.assertRefused;
import static dev.bgsim.pkg.ManifestFixtures.only;
import static dev.bgsim.pkg.ManifestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bgsim-manifest.json as a file without code: declarations, registrations and every JSON check with its position. */
class BgsimManifestReaderTest {
    private final PackageLoader loader = new PackageLoader();

    @TempDir
    Path dir;

    private PackageLoadResult load(String json) {
        return loader.load(write(dir, "bgsim-manifest.json", json));
    }

    @Test
    void specExampleIsReadCompletely() {
        PackageLoadResult result = load("""
                {
                  "identity": { "name": "Samples.BackgroundTask", "version": "1.0.0.0", "displayName": "Background task sample" },
                  "application": { "id": "App", "entryPoint": "samples.SampleApp" },
                  "capabilities": ["extendedBackgroundTaskTime"],
                  "backgroundTasks": [
                    { "entryPoint": "tasks.SampleBackgroundTask", "taskTypes": ["systemEvent", "timer"],
                      "resourceGroup": "main", "supportsMultipleInstances": false }
                  ],
                  "updateTask": { "entryPoint": "tasks.UpdateTask" },
                  "registrations": [
                    { "name": "SampleBackgroundTask", "entryPoint": "tasks.SampleBackgroundTask",
                      "trigger": { "type": "system", "systemTriggerType": "TIME_ZONE_CHANGE", "oneShot": false },
                      "conditions": ["INTERNET_AVAILABLE"], "cancelOnConditionLoss": true },
                    { "name": "InProc", "trigger": { "type": "time", "freshnessMinutes": 15, "oneShot": true },
                      "networkRequested": true, "group": { "id": "g1", "name": "Group one" } },
                    { "name": "Geofence", "entryPoint": null, "trigger": { "type": "custom", "taskType": "location", "name": "geofence" } },
                    { "name": "Maint", "trigger": { "type": "maintenance", "freshnessMinutes": 60 } },
                    { "name": "AppTrigger", "trigger": { "type": "application" } }
                  ]
                }
                """);
        assertLoaded(result);
        BgsimPackage pkg = result.loadedPackage().orElseThrow();
        assertEquals(new PackageIdentity("Samples.BackgroundTask", PackageVersion.parse("1.0.0.0"), "Background task sample", null),
                pkg.identity());
        assertEquals(PackageForm.JSON_MANIFEST, pkg.source().form());
        assertEquals(CodeOrigin.NONE, pkg.source().codeOrigin());
        assertEquals(new ApplicationDeclaration("App", "samples.SampleApp", pkg.app().orElseThrow().location()), pkg.app().orElseThrow());
        DeclaredTask task = pkg.tasks().get(0);
        assertEquals(List.of("systemEvent", "timer"), task.taskTypes());
        assertEquals(HostPlacement.resourceGroup("main"), task.hostPlacement());
        assertEquals("App", task.applicationId());
        assertEquals(SourceLocation.of(dir.resolve("bgsim-manifest.json").toString(), 6, 21), task.locationOf(DeclaredTask.ENTRY_POINT));
        assertEquals("tasks.UpdateTask", pkg.updateTasks().get(0).entryPoint());

        List<RegistrationSpec> registrations = pkg.registrations();
        assertEquals(5, registrations.size());
        RegistrationSpec first = registrations.get(0);
        assertEquals(TriggerSpec.system(SystemTriggerType.TIME_ZONE_CHANGE, false), first.trigger());
        assertEquals(new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false), first.trigger().toSdkTrigger());
        assertEquals(List.of(SystemConditionType.INTERNET_AVAILABLE), first.conditions());
        assertTrue(first.cancelOnConditionLoss());
        assertEquals(HostPlacement.resourceGroup("main"), pkg.placementOf(first));
        RegistrationSpec inProc = registrations.get(1);
        assertTrue(inProc.isInProcess());
        assertEquals(HostPlacement.inApp(), pkg.placementOf(inProc));
        assertEquals(TriggerSpec.time(15, true), inProc.trigger());
        assertTrue(inProc.networkRequested());
        assertEquals(new TaskGroupSpec("g1", "Group one"), inProc.group());
        assertNull(registrations.get(2).entryPoint());
        assertEquals(TriggerSpec.custom("location", "geofence"), registrations.get(2).trigger());
        assertEquals(TriggerSpec.maintenance(60, false), registrations.get(3).trigger());
        assertEquals(TriggerSpec.plain(TriggerKind.APPLICATION), registrations.get(4).trigger());
        assertEquals("SystemTrigger(systemTriggerType=TIME_ZONE_CHANGE, oneShot=false)", first.trigger().describe());
    }

    @Test
    void malformedJsonReportsWhereTheParserFailed() {
        PackageLoadResult result = load("""
                {
                  "identity": { "name": "A", "version": "1.0.0.0" }
                  "backgroundTasks": []
                }
                """);
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "malformed JSON");
        assertAt(3, 3, error);
        assertTrue(error.message().contains("was expecting comma"), error.message());
    }

    @Test
    void duplicateFieldIsMalformedJson() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "identity": { "name": "B", "version": "1.0.0.0" } }
                """);
        Diagnostic error = only(result, Severity.ERROR, "malformed JSON");
        assertEquals(2, error.location().line());
        assertTrue(error.message().contains("Duplicate field 'identity'"), error.message());
    }

    @Test
    void unknownFieldIsAWarningNamingTheKnownFields() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTask": [] }
                """);
        assertLoaded(result);
        Diagnostic warning = only(result, Severity.WARNING, "unknown field \"backgroundTask\"");
        assertAt(2, 3, warning);
        assertTrue(warning.hint().contains("backgroundTasks"), warning.hint());
    }

    @Test
    void unknownTaskTypeIsAnErrorAtTheValue() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.A", "taskTypes": ["systemEvent", "gps"] } ] }
                """);
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "unknown task type \"gps\"");
        assertAt(2, 76, error);
        assertTrue(error.hint().contains("location"), error.hint());
    }

    @Test
    void resourceGroupWithMultipleInstancesIsRefused() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [
                    { "entryPoint": "t.A", "taskTypes": ["timer"], "resourceGroup": "bar",
                      "supportsMultipleInstances": true } ] }
                """);
        assertRefused(result);
        assertAt(4, 36, only(result, Severity.ERROR, "task t.A declares supportsMultipleInstances together with resource group \"bar\""));
    }

    @Test
    void resourceGroupNameMustBeAlphanumericStartingWithALetter() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.A", "taskTypes": ["timer"], "resourceGroup": "my group" } ] }
                """);
        assertAt(2, 88, only(result, Severity.ERROR, "resource group \"my group\" is not a valid name"));
    }

    @Test
    void executableOnATimerTaskIsAWarning() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.A", "taskTypes": ["timer"], "executable": "a.exe" } ] }
                """);
        assertLoaded(result);
        assertAt(2, 85, only(result, Severity.WARNING, "names executable \"a.exe\""));
    }

    @Test
    void unknownTriggerTypeIsALoadErrorNamingTheValidOnes() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "trigger": { "type": "timer", "freshnessMinutes": 15 } } ] }
                """);
        assertRefused(result);
        Diagnostic error = only(result, Severity.ERROR, "unknown trigger type \"timer\"");
        assertAt(2, 58, error);
        assertEquals("expected one of: system, time, maintenance, application, mediaProcessing, deviceUse, deviceServicing, "
                + "pushNotification, controlChannel, custom", error.hint());
    }

    @Test
    void unknownSystemTriggerTypeIsALoadErrorListingTheSdkNames() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "trigger": { "type": "system", "systemTriggerType": "TimeZoneChange" } } ] }
                """);
        Diagnostic error = only(result, Severity.ERROR, "unknown system trigger type \"TimeZoneChange\"");
        assertAt(2, 89, error);
        assertTrue(error.hint().startsWith("expected one of: SMS_RECEIVED, USER_PRESENT,"), error.hint());
        assertTrue(error.hint().contains("TIME_ZONE_CHANGE"), error.hint());
    }

    @Test
    void invalidSystemTriggerTypeIsRefusedLikeWindowsDoes() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "trigger": { "type": "system", "systemTriggerType": "INVALID" } } ] }
                """);
        only(result, Severity.ERROR, "unknown system trigger type \"INVALID\"");
    }

    @Test
    void unknownConditionIsALoadErrorListingTheSdkNames() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "trigger": { "type": "application" },
                                       "conditions": ["INTERNET_AVAILABLE", "ON_WIFI"] } ] }
                """);
        Diagnostic error = only(result, Severity.ERROR, "unknown condition \"ON_WIFI\"");
        assertAt(3, 61, error);
        assertTrue(error.hint().contains("FREE_NETWORK_AVAILABLE"), error.hint());
    }

    @Test
    void controlChannelAndPushTriggersCarryTheirParameters() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "C", "trigger": { "type": "controlChannel", "channelId": "ch1" } },
                                     { "name": "K", "trigger": { "type": "controlChannel", "channelId": "ch2", "keepAliveMinutes": 30 } },
                                     { "name": "P", "trigger": { "type": "pushNotification" } } ] }
                """);
        assertLoaded(result);
        List<RegistrationSpec> registrations = result.loadedPackage().orElseThrow().registrations();
        assertEquals(new ControlChannelTrigger("ch1", 15), registrations.get(0).trigger().toSdkTrigger());
        assertEquals(new ControlChannelTrigger("ch2", 30), registrations.get(1).trigger().toSdkTrigger());
        assertEquals(new PushNotificationTrigger(), registrations.get(2).trigger().toSdkTrigger());
    }

    @Test
    void controlChannelTriggerWithoutChannelIsALoadError() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "C", "trigger": { "type": "controlChannel" } } ] }
                """);
        only(result, Severity.ERROR, "registrations[0].trigger has no \"channelId\"");
    }

    @Test
    void systemTriggerWithoutItsTypeIsALoadError() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "trigger": { "type": "system", "oneShot": true } } ] }
                """);
        Diagnostic error = only(result, Severity.ERROR, "registrations[0].trigger has no \"systemTriggerType\"");
        assertAt(2, 48, error);
        assertTrue(error.hint().contains("\"TIME_ZONE_CHANGE\""), error.hint());
    }

    @Test
    void registrationWithoutTriggerIsALoadError() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R" } ] }
                """);
        assertAt(2, 22, only(result, Severity.ERROR, "registrations[0] has no \"trigger\""));
    }

    @Test
    void freshnessGivenAsTextIsALoadError() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "trigger": { "type": "time", "freshnessMinutes": "15" } } ] }
                """);
        assertAt(2, 86, only(result, Severity.ERROR,
                "\"registrations[0].trigger.freshnessMinutes\" must be a whole number, not a string (\"15\")"));
    }

    @Test
    void customTriggerForATaskTypeWithItsOwnTriggerPointsToIt() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "trigger": { "type": "custom", "taskType": "timer", "name": "x" } } ] }
                """);
        Diagnostic error = only(result, Severity.ERROR, "\"timer\" is not a task type a custom trigger can stand for");
        assertEquals("\"timer\" tasks have their own trigger type: use \"type\": \"time\"", error.hint());
    }

    @Test
    void fieldForAnotherTriggerKindIsAWarning() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "trigger": { "type": "application", "oneShot": true } } ] }
                """);
        assertLoaded(result);
        assertAt(2, 73, only(result, Severity.WARNING, "unknown field \"oneShot\" in registrations[0].trigger"));
    }

    @Test
    void registrationOfAnUndeclaredEntryPointLoadsBecauseTheBrokerDecides() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "registrations": [ { "name": "R", "entryPoint": "t.NotDeclared", "trigger": { "type": "application" } } ] }
                """);
        assertLoaded(result);
        assertEquals(HostPlacement.defaultHost(), result.loadedPackage().orElseThrow().placementOf(
                result.loadedPackage().orElseThrow().registrations().get(0)));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "one" },
                  "backgroundTasks": [ { "entryPoint": "t.A", "taskTypes": "timer" },
                                       { "taskTypes": ["timer"] } ],
                  "registrations": [ { "name": "R", "trigger": { "type": "sytem" } } ] }
                """);
        assertRefused(result);
        assertEquals(4, result.errors().size(), ManifestFixtures.describe(result.diagnostics()));
        assertAt(1, 41, only(result, Severity.ERROR, "version \"one\""));
        assertAt(2, 60, only(result, Severity.ERROR, "\"backgroundTasks[0].taskTypes\" must be an array"));
        assertAt(3, 24, only(result, Severity.ERROR, "backgroundTasks[1] has no \"entryPoint\""));
        assertAt(4, 58, only(result, Severity.ERROR, "unknown trigger type \"sytem\""));
    }

    @Test
    void missingIdentityIsAnError() {
        PackageLoadResult result = load("{ \"backgroundTasks\": [] }\n");
        Diagnostic error = only(result, Severity.ERROR, "the manifest has no \"identity\"");
        assertAt(1, 1, error);
    }

    @Test
    void entryPointThatIsNotAJavaClassNameIsAnError() {
        PackageLoadResult result = load("""
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "Tasks::Sample", "taskTypes": ["timer"] } ] }
                """);
        assertAt(2, 40, only(result, Severity.ERROR, "entry point \"Tasks::Sample\" is not a Java class name"));
    }

    @Test
    void topLevelArrayIsAnError() {
        assertAt(1, 1, only(load("[1, 2]\n"), Severity.ERROR, "the manifest must be an object, not an array"));
    }

    @Test
    void emptyFileIsMalformed() {
        assertAt(1, 1, only(load(""), Severity.ERROR, "the file is empty"));
    }
}

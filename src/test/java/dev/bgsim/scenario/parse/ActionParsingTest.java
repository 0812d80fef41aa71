package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.HostId;
import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.scenario.RegistrationRef;
import dev.bgsim.scenario.action.Action;
import dev.bgsim.scenario.action.Advance;
import dev.bgsim.scenario.action.Cancel;
import dev.bgsim.scenario.action.FireRegistration;
import dev.bgsim.scenario.action.FireSystemEvent;
import dev.bgsim.scenario.action.KillApp;
import dev.bgsim.scenario.action.KillHost;
import dev.bgsim.scenario.action.KillInstance;
import dev.bgsim.scenario.action.Launch;
import dev.bgsim.scenario.action.Logoff;
import dev.bgsim.scenario.action.Minimise;
import dev.bgsim.scenario.action.PlainTriggerType;
import dev.bgsim.scenario.action.Register;
import dev.bgsim.scenario.action.Request;
import dev.bgsim.scenario.action.Restore;
import dev.bgsim.scenario.action.Resume;
import dev.bgsim.scenario.action.ResumeHost;
import dev.bgsim.scenario.action.SetDevice;
import dev.bgsim.scenario.action.Suspend;
import dev.bgsim.scenario.action.SuspendAndTerminate;
import dev.bgsim.scenario.action.SuspendHost;
import dev.bgsim.scenario.action.Terminate;
import dev.bgsim.scenario.action.TriggerSpec;
import dev.bgsim.scenario.action.Uninstall;
import dev.bgsim.scenario.action.Unregister;
import dev.bgsim.scenario.action.Update;
import dev.bgsim.scenario.device.BackgroundAccessSetting;
import dev.bgsim.scenario.device.BatterySaverMode;
import dev.bgsim.scenario.device.DeviceProfileRef;
import dev.bgsim.scenario.device.DeviceSetting;
import dev.bgsim.scenario.device.MemoryPressure;
import dev.bgsim.scenario.device.PowerSource;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTriggerType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every action of SPEC 6.2 reads into its record. */
class ActionParsingTest {

    private static final String PKG = "Samples.BackgroundTask";
    private static final RegistrationRef TASK = RegistrationRef.named("SampleBackgroundTask");

    @TempDir
    Path folder;
    private ScenarioFixture fixture;

    @BeforeEach
    void createFixture() {
        fixture = new ScenarioFixture(folder);
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                step("{'at': '0s', 'do': 'launch', 'package': 'Samples.BackgroundTask'}", new Launch(PKG)),
                step("{'at': '0s', 'do': 'minimise', 'package': 'Samples.BackgroundTask'}", new Minimise(PKG)),
                step("{'at': '0s', 'do': 'restore', 'package': 'Samples.BackgroundTask'}", new Restore(PKG)),
                step("{'at': '0s', 'do': 'suspend', 'package': 'Samples.BackgroundTask'}", new Suspend(PKG)),
                step("{'at': '0s', 'do': 'resume', 'package': 'Samples.BackgroundTask'}", new Resume(PKG)),
                step("{'at': '0s', 'do': 'terminate', 'package': 'Samples.BackgroundTask'}", new Terminate(PKG)),
                step("{'at': '0s', 'do': 'suspendAndTerminate', 'package': 'Samples.BackgroundTask'}",
                        new SuspendAndTerminate(PKG)),
                step("{'at': '0s', 'do': 'update', 'package': 'Samples.BackgroundTask'}", new Update(PKG, Optional.empty())),
                step("{'at': '0s', 'do': 'uninstall', 'package': 'Samples.BackgroundTask'}", new Uninstall(PKG)),
                step("{'at': '0s', 'do': 'logoff'}", new Logoff(Optional.empty())),
                step("{'at': '0s', 'do': 'logoff', 'package': 'Samples.BackgroundTask'}", new Logoff(Optional.of(PKG))),
                step("{'at': '1s', 'do': 'fire', 'registration': 'SampleBackgroundTask'}",
                        new FireRegistration(TASK, false, Map.of())),
                step("{'at': '1s', 'do': 'fire', 'registration': 'SampleBackgroundTask', 'package': 'Samples.BackgroundTask',"
                                + " 'force': true, 'arguments': {'name': 'x', 'count': 2, 'ratio': 0.5, 'ok': false,"
                                + " 'none': null, 'list': [1, 'a'], 'nested': {'k': 'v'}}}",
                        new FireRegistration(new RegistrationRef("SampleBackgroundTask", Optional.of(PKG)), true,
                                sampleArguments())),
                step("{'at': '1s', 'do': 'fire', 'systemEvent': 'TIME_ZONE_CHANGE'}",
                        new FireSystemEvent(SystemTriggerType.TIME_ZONE_CHANGE, false)),
                step("{'at': '1s', 'do': 'fire', 'systemEvent': 'INTERNET_AVAILABLE', 'force': true}",
                        new FireSystemEvent(SystemTriggerType.INTERNET_AVAILABLE, true)),
                step("{'at': '1s', 'do': 'request', 'registration': 'AppTriggerTask', 'arguments': {'who': 'me'}}",
                        new Request(RegistrationRef.named("AppTriggerTask"), Map.of("who", "me"))),
                step("{'at': '1s', 'do': 'request', 'registration': 'AppTriggerTask'}",
                        new Request(RegistrationRef.named("AppTriggerTask"), Map.of())),
                step("{'at': '2s', 'do': 'cancel', 'registration': 'SampleBackgroundTask', 'instance': 2, 'reason': 'IDLE_TASK'}",
                        new Cancel(new InstanceRef(TASK, 2), BackgroundTaskCancellationReason.IDLE_TASK)),
                step("{'at': '2s', 'do': 'kill', 'registration': 'SampleBackgroundTask', 'instance': 1}",
                        new KillInstance(new InstanceRef(TASK, 1))),
                step("{'at': '2s', 'do': 'kill', 'host': 'Samples.BackgroundTask/default'}",
                        new KillHost(new HostId.DefaultHost(PKG))),
                step("{'at': '2s', 'do': 'kill', 'app': 'Samples.BackgroundTask'}", new KillApp(PKG)),
                step("{'at': '2s', 'do': 'suspendHost', 'host': 'Samples.BackgroundTask/group:net'}",
                        new SuspendHost(new HostId.GroupHost(PKG, "net"))),
                step("{'at': '2s', 'do': 'resumeHost', 'host': 'Samples.BackgroundTask/instance:Multi#3'}",
                        new ResumeHost(new HostId.InstanceHost(PKG, "Multi", 3))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'NetTask',"
                                + " 'entryPoint': 'tasks.NetTask', 'trigger': {'type': 'system',"
                                + " 'systemTriggerType': 'NETWORK_STATE_CHANGE', 'oneShot': true},"
                                + " 'conditions': ['INTERNET_AVAILABLE', 'USER_PRESENT'], 'cancelOnConditionLoss': true,"
                                + " 'networkRequested': true, 'group': 'sync'}",
                        new Register(PKG, "NetTask", Optional.of("tasks.NetTask"),
                                new TriggerSpec.SystemEvent(SystemTriggerType.NETWORK_STATE_CHANGE, true),
                                List.of(SystemConditionType.INTERNET_AVAILABLE, SystemConditionType.USER_PRESENT), true,
                                true, Optional.of("sync"))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'Chan',"
                                + " 'entryPoint': 'tasks.T', 'trigger': {'type': 'controlChannel', 'channelId': 'chat',"
                                + " 'keepAliveMinutes': 30}}",
                        register("Chan", Optional.of("tasks.T"), new TriggerSpec.ControlChannel(Optional.of("chat"), 30))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'Chan',"
                                + " 'entryPoint': 'tasks.T', 'trigger': {'type': 'controlChannel'}}",
                        register("Chan", Optional.of("tasks.T"), new TriggerSpec.ControlChannel(Optional.empty(), 15))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'Push',"
                                + " 'entryPoint': 'tasks.T', 'trigger': {'type': 'pushNotification', 'applicationId': 'Viewer'}}",
                        register("Push", Optional.of("tasks.T"), new TriggerSpec.PushNotification(Optional.of("Viewer")))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'Push',"
                                + " 'entryPoint': 'tasks.T', 'trigger': {'type': 'pushNotification'}}",
                        register("Push", Optional.of("tasks.T"), new TriggerSpec.PushNotification(Optional.empty()))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'InProc',"
                                + " 'entryPoint': null, 'trigger': {'type': 'application'}}",
                        register("InProc", Optional.empty(), new TriggerSpec.Plain(PlainTriggerType.APPLICATION))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'Timer',"
                                + " 'entryPoint': 'tasks.T', 'trigger': {'type': 'time', 'freshnessMinutes': 15}}",
                        register("Timer", Optional.of("tasks.T"), new TriggerSpec.Time(15, false))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'Maint',"
                                + " 'entryPoint': 'tasks.T', 'trigger': {'type': 'maintenance', 'freshnessMinutes': 60,"
                                + " 'oneShot': true}}",
                        register("Maint", Optional.of("tasks.T"), new TriggerSpec.Maintenance(60, true))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'Geo',"
                                + " 'entryPoint': 'tasks.T', 'trigger': {'type': 'custom', 'taskType': 'location',"
                                + " 'name': 'geofence'}}",
                        register("Geo", Optional.of("tasks.T"), new TriggerSpec.Custom("location", "geofence"))),
                step("{'at': '0s', 'do': 'register', 'package': 'Samples.BackgroundTask', 'name': 'Media',"
                                + " 'entryPoint': 'tasks.T', 'trigger': {'type': 'mediaProcessing'}}",
                        register("Media", Optional.of("tasks.T"), new TriggerSpec.Plain(PlainTriggerType.MEDIA_PROCESSING))),
                step("{'at': '5s', 'do': 'unregister', 'registration': 'SampleBackgroundTask', 'cancelTask': true}",
                        new Unregister(TASK, true)),
                step("{'at': '5s', 'do': 'unregister', 'registration': 'SampleBackgroundTask', 'cancelTask': false}",
                        new Unregister(TASK, false)),
                step("{'at': '3s', 'do': 'set', 'batterySaver': 'on'}",
                        new SetDevice(List.of(new DeviceSetting.BatterySaver(BatterySaverMode.ON)))),
                step("{'at': '3s', 'do': 'advance', 'by': '15m'}", new Advance(Duration.ofMinutes(15))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void readsEveryAction(String step, Action expected) {
        assertEquals(expected, fixture.action(step));
    }

    @Test
    void setReadsEveryDeviceFieldInFileOrder() {
        Action action = fixture.action("{'at': '0s', 'do': 'set', 'speed': 2.5, 'power': 'battery',"
                + " 'batteryPercent': 15, 'drainPercentPerHour': 12.5, 'batterySaver': 'auto',"
                + " 'batterySaverThreshold': 30, 'internet': false, 'metered': true, 'userPresent': false,"
                + " 'sessionConnected': false, 'screenOn': false, 'memoryPressure': 'critical',"
                + " 'access': {'A': 'ALWAYS_ALLOWED', 'B': 'NEVER_ALLOWED'}, 'profile': 'mobile-512mb',"
                + " 'timeSkipping': false, 'enforceWhileDebugging': true}");
        assertEquals(new SetDevice(List.of(
                new DeviceSetting.Speed(2.5),
                new DeviceSetting.Power(PowerSource.BATTERY),
                new DeviceSetting.BatteryPercent(15),
                new DeviceSetting.DrainPercentPerHour(12.5),
                new DeviceSetting.BatterySaver(BatterySaverMode.AUTO),
                new DeviceSetting.BatterySaverThreshold(30),
                new DeviceSetting.Internet(false),
                new DeviceSetting.Metered(true),
                new DeviceSetting.UserPresent(false),
                new DeviceSetting.SessionConnected(false),
                new DeviceSetting.ScreenOn(false),
                new DeviceSetting.Memory(MemoryPressure.CRITICAL),
                new DeviceSetting.Access("A", BackgroundAccessSetting.ALWAYS_ALLOWED),
                new DeviceSetting.Access("B", BackgroundAccessSetting.NEVER_ALLOWED),
                new DeviceSetting.Profile(new DeviceProfileRef.BuiltIn("mobile-512mb")),
                new DeviceSetting.TimeSkipping(false),
                new DeviceSetting.EnforceWhileDebugging(true))), action);
    }

    @Test
    void setAcceptsACustomProfileFileNextToTheScenario() {
        Path profile = fixture.createFile("profiles/slow-phone.json");
        Action action = fixture.action("{'at': '0s', 'do': 'set', 'profile': 'profiles/slow-phone.json'}");
        assertEquals(new SetDevice(List.of(new DeviceSetting.Profile(new DeviceProfileRef.CustomFile(profile)))), action);
    }

    @Test
    void updateResolvesTheNewVersionAgainstTheScenarioFolder() {
        Path newVersion = fixture.createFile("v2/pkg.jar");
        Action action = fixture.action("{'at': '0s', 'do': 'update', 'package': 'P', 'path': 'v2/../v2/pkg.jar'}");
        assertEquals(new Update("P", Optional.of(newVersion)), action);
    }

    @Test
    void everyActionSaysWhatItDoesInOneLine() {
        assertEquals("fire SampleBackgroundTask (forced) with {who=me}",
                new FireRegistration(TASK, true, Map.of("who", "me")).describe());
        assertEquals("cancel SampleBackgroundTask#2 with ABORT",
                new Cancel(new InstanceRef(TASK, 2), BackgroundTaskCancellationReason.ABORT).describe());
        assertEquals("set batterySaver=on, access P=NEVER_ALLOWED", new SetDevice(List.of(
                new DeviceSetting.BatterySaver(BatterySaverMode.ON),
                new DeviceSetting.Access("P", BackgroundAccessSetting.NEVER_ALLOWED))).describe());
        assertEquals("kill host P/group:net", new KillHost(new HostId.GroupHost("P", "net")).describe());
        assertEquals("advance by 1h30m", new Advance(Duration.ofMinutes(90)).describe());
    }

    private static Register register(String name, Optional<String> entryPoint, TriggerSpec trigger) {
        return new Register(PKG, name, entryPoint, trigger, List.of(), false, false, Optional.empty());
    }

    private static Map<String, Object> sampleArguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("name", "x");
        arguments.put("count", 2L);
        arguments.put("ratio", 0.5);
        arguments.put("ok", false);
        arguments.put("none", null);
        arguments.put("list", Arrays.asList(1L, "a"));
        arguments.put("nested", Map.of("k", "v"));
        return arguments;
    }

    private static Arguments step(String step, Action expected) {
        return Arguments.of(step, expected);
    }
}

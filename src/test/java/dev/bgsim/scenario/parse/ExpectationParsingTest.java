package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.HostId;
import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.scenario.RegistrationRef;
import dev.bgsim.scenario.expect.AppState;
import dev.bgsim.scenario.expect.AppStateExpectation;
import dev.bgsim.scenario.expect.EventExpectation;
import dev.bgsim.scenario.expect.Expectation;
import dev.bgsim.scenario.expect.FindingExpectation;
import dev.bgsim.scenario.expect.HostExpectation;
import dev.bgsim.scenario.expect.InstanceCountExpectation;
import dev.bgsim.scenario.expect.InstanceExpectation;
import dev.bgsim.scenario.expect.InstanceState;
import dev.bgsim.scenario.expect.LocalSettingExpectation;
import dev.bgsim.scenario.expect.PendingExpectation;
import dev.bgsim.scenario.expect.SubjectFilter;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every expectation of SPEC 6.2 reads into its record. */
class ExpectationParsingTest {

    private static final String PKG = "Samples.BackgroundTask";
    private static final RegistrationRef TASK = RegistrationRef.named("SampleBackgroundTask");
    private static final InstanceRef FIRST = new InstanceRef(TASK, 1);

    @TempDir
    Path folder;
    private ScenarioFixture fixture;

    @BeforeEach
    void createFixture() {
        fixture = new ScenarioFixture(folder);
    }

    static Stream<Arguments> expectations() {
        return Stream.of(
                expect("{'registration': 'SampleBackgroundTask', 'instance': 1, 'state': 'CANCELED', 'reason': 'ENERGY_SAVER'}",
                        new InstanceExpectation(FIRST, Optional.of(InstanceState.CANCELED),
                                Optional.of(BackgroundTaskCancellationReason.ENERGY_SAVER), OptionalInt.empty(), OptionalInt.empty())),
                expect("{'registration': 'SampleBackgroundTask', 'package': 'Samples.BackgroundTask', 'instance': 2,"
                                + " 'progress': 40, 'suspendedCount': 1}",
                        new InstanceExpectation(new InstanceRef(new RegistrationRef("SampleBackgroundTask", Optional.of(PKG)), 2),
                                Optional.empty(), Optional.empty(), OptionalInt.of(40), OptionalInt.of(1))),
                expect("{'registration': 'SampleBackgroundTask', 'count': 2}",
                        new InstanceCountExpectation(TASK, 2, Optional.empty())),
                expect("{'registration': 'SampleBackgroundTask', 'count': 0, 'state': 'RUNNING'}",
                        new InstanceCountExpectation(TASK, 0, Optional.of(InstanceState.RUNNING))),
                expect("{'registration': 'SampleBackgroundTask', 'pending': true, 'why': 'battery saver'}",
                        new PendingExpectation(TASK, true, Optional.of("battery saver"))),
                expect("{'registration': 'SampleBackgroundTask', 'pending': false}",
                        new PendingExpectation(TASK, false, Optional.empty())),
                expect("{'app': 'Samples.BackgroundTask', 'state': 'RUNNING_IN_BACKGROUND'}",
                        new AppStateExpectation(PKG, AppState.RUNNING_IN_BACKGROUND)),
                expect("{'host': 'Samples.BackgroundTask/default', 'alive': false}",
                        new HostExpectation(new HostId.DefaultHost(PKG), false)),
                expect("{'host': 'Samples.BackgroundTask/group:net'}",
                        new HostExpectation(new HostId.GroupHost(PKG, "net"), true)),
                expect("{'localSettings': {'package': 'Samples.BackgroundTask', 'key': 'status', 'equals': 'done'}}",
                        new LocalSettingExpectation(PKG, "status", true, "done")),
                expect("{'localSettings': {'package': 'Samples.BackgroundTask', 'key': 'n', 'equals': 3}}",
                        new LocalSettingExpectation(PKG, "n", true, 3L)),
                expect("{'localSettings': {'package': 'Samples.BackgroundTask', 'key': 'obj', 'equals': {'a': [true]}}}",
                        new LocalSettingExpectation(PKG, "obj", true, Map.of("a", List.of(true)))),
                expect("{'localSettings': {'package': 'Samples.BackgroundTask', 'key': 'nothing', 'equals': null}}",
                        new LocalSettingExpectation(PKG, "nothing", true, null)),
                expect("{'localSettings': {'package': 'Samples.BackgroundTask', 'key': 'gone', 'absent': true}}",
                        new LocalSettingExpectation(PKG, "gone", false, null)),
                expect("{'event': 'InstanceCanceled', 'from': '1s', 'to': '5s', 'occurred': false,"
                                + " 'registration': 'SampleBackgroundTask', 'instance': 1}",
                        new EventExpectation("InstanceCanceled", Duration.ofSeconds(1), Duration.ofSeconds(5), false,
                                new SubjectFilter(Optional.empty(), Optional.of("SampleBackgroundTask"), OptionalInt.of(1),
                                        Optional.empty()))),
                expect("{'event': 'HostCrashed', 'host': 'Samples.BackgroundTask/default', 'package': 'Samples.BackgroundTask'}",
                        new EventExpectation("HostCrashed", Duration.ZERO, Duration.ofSeconds(10), true,
                                new SubjectFilter(Optional.of(PKG), Optional.empty(), OptionalInt.empty(),
                                        Optional.of(new HostId.DefaultHost(PKG))))),
                expect("{'finding': 'deferral-never-completed', 'registration': 'SampleBackgroundTask'}",
                        new FindingExpectation("deferral-never-completed", true,
                                new SubjectFilter(Optional.empty(), Optional.of("SampleBackgroundTask"), OptionalInt.empty(),
                                        Optional.empty()))),
                expect("{'finding': 'no-canceled-listener', 'present': false}",
                        new FindingExpectation("no-canceled-listener", false, SubjectFilter.ANY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void readsEveryExpectation(String expect, Expectation expected) {
        assertEquals(expected, fixture.expectation("10s", expect));
    }

    @Test
    void anEventWindowEndsAtTheStepByDefault() {
        EventExpectation event = (EventExpectation) fixture.expectation("1m30s", "{'event': 'TriggerFired'}");
        assertEquals(Duration.ZERO, event.from());
        assertEquals(Duration.ofSeconds(90), event.to());
        assertEquals("event TriggerFired occurred between 0s and 1m30s", event.describe());
    }

    @Test
    void everyExpectationSaysWhatMustHoldInOneLine() {
        assertEquals("instance SampleBackgroundTask#1 state CANCELED, reason ENERGY_SAVER",
                fixture.expectation("1s", "{'registration': 'SampleBackgroundTask', 'instance': 1, 'state': 'CANCELED',"
                        + " 'reason': 'ENERGY_SAVER'}").describe());
        assertEquals("SampleBackgroundTask is pending because of \"battery saver\"",
                new PendingExpectation(TASK, true, Optional.of("battery saver")).describe());
        assertEquals("localSettings P \"k\" equals {\"a\":[1,\"x\\\"y\"]}",
                new LocalSettingExpectation("P", "k", true, Map.of("a", List.of(1L, "x\"y"))).describe());
        assertEquals("host P/default is dead", new HostExpectation(new HostId.DefaultHost("P"), false).describe());
        assertEquals("finding dup-names for registration T#2 absent", new FindingExpectation("dup-names", false,
                new SubjectFilter(Optional.empty(), Optional.of("T"), OptionalInt.of(2), Optional.empty())).describe());
    }

    private static Arguments expect(String expect, Expectation expected) {
        return Arguments.of(expect, expected);
    }
}

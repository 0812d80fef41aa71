package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.ActionStep;
import dev.bgsim.scenario.ExpectationStep;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.SourceLocation;
import dev.bgsim.scenario.action.FireRegistration;
import dev.bgsim.scenario.action.Launch;
import dev.bgsim.scenario.action.SetDevice;
import dev.bgsim.scenario.device.BackgroundAccessSetting;
import dev.bgsim.scenario.device.DeviceProfileRef;
import dev.bgsim.scenario.device.DeviceSetting;
import dev.bgsim.scenario.device.PowerSource;
import dev.bgsim.scenario.expect.InstanceExpectation;
import dev.bgsim.scenario.expect.LocalSettingExpectation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario as a whole: the example of SPEC 6.2, defaults, paths, and the order of steps. */
class ScenarioParserTest {

    @TempDir
    Path folder;
    private ScenarioFixture fixture;

    @BeforeEach
    void createFixture() {
        fixture = new ScenarioFixture(folder);
    }

    @Test
    void readsTheExampleOfTheSpec() throws Exception {
        Path file = resource("scenario/battery-saver.json");

        Scenario scenario = new ScenarioParser().parse(file);

        assertEquals("battery saver cancels the sample task", scenario.name());
        assertEquals(file, scenario.source());
        assertEquals(new DeviceProfileRef.BuiltIn("desktop"), scenario.profile());
        assertEquals(List.of(file.getParent().resolve("packages/official-sample.jar")), scenario.packages());
        assertEquals(List.of(new DeviceSetting.Power(PowerSource.BATTERY), new DeviceSetting.BatteryPercent(80),
                new DeviceSetting.Internet(true),
                new DeviceSetting.Access("Samples.BackgroundTask", BackgroundAccessSetting.MANAGED_BY_WINDOWS)),
                scenario.initial());
        assertEquals(5, scenario.steps().size());
        assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(4),
                Duration.ofSeconds(10)), scenario.steps().stream().map(s -> s.at()).toList());
        ActionStep launch = (ActionStep) scenario.steps().get(0);
        assertEquals(new Launch("Samples.BackgroundTask"), launch.action());
        assertEquals(new SourceLocation(file, 8, 5), launch.location());
        assertInstanceOf(FireRegistration.class, ((ActionStep) scenario.steps().get(1)).action());
        assertInstanceOf(SetDevice.class, ((ActionStep) scenario.steps().get(2)).action());
        assertInstanceOf(InstanceExpectation.class, ((ExpectationStep) scenario.steps().get(3)).expectation());
        assertInstanceOf(LocalSettingExpectation.class, ((ExpectationStep) scenario.steps().get(4)).expectation());
        assertEquals(2, scenario.expectations().size());
    }

    @Test
    void aScenarioWithoutNameOrProfileIsNamedAfterItsFileAndRunsOnDesktop() {
        Scenario scenario = fixture.parse(ScenarioFixture.withSteps("{'at': '0s', 'do': 'launch', 'package': 'P'}"));

        assertEquals("test", scenario.name());
        assertEquals(DeviceProfileRef.DEFAULT, scenario.profile());
        assertEquals(Optional.empty(), scenario.start());
        assertEquals(List.of(), scenario.initial());
        assertEquals(List.of(folder.toAbsolutePath().resolve("pkg.jar")), scenario.packages());
    }

    @Test
    void readsStartInstantCustomProfileAndComments() {
        Path profile = fixture.createFile("phone.json");
        Scenario scenario = fixture.parse(ScenarioFixture.json("""
                {
                  'comment': 'why this scenario exists',
                  'name': 'n',
                  'profile': 'phone.json',
                  'start': '2030-06-01T00:00:00Z',
                  'packages': ['./sub/../pkg.jar'],
                  'steps': [{'at': '0s', 'do': 'launch', 'package': 'P', 'comment': 'first'}]
                }
                """));

        assertEquals(new DeviceProfileRef.CustomFile(profile), scenario.profile());
        assertEquals(Optional.of(Instant.parse("2030-06-01T00:00:00Z")), scenario.start());
        assertEquals(List.of(folder.toAbsolutePath().resolve("pkg.jar")), scenario.packages());
    }

    @Test
    void stepsAtTheSameTimeKeepFileOrderAndAStepMayStartWhenAnAdvanceEnds() {
        Scenario scenario = fixture.parse(ScenarioFixture.withSteps(
                "{'at': '1s', 'do': 'launch', 'package': 'P'}",
                "{'at': '1s', 'do': 'minimise', 'package': 'P'}",
                "{'at': '2s', 'do': 'advance', 'by': '10s'}",
                "{'at': '12s', 'expect': {'app': 'P', 'state': 'RUNNING_IN_BACKGROUND'}}"));

        assertEquals(List.of("launch P", "minimise P", "advance by 10s", "app P state RUNNING_IN_BACKGROUND"),
                scenario.steps().stream().map(s -> s.describe()).toList());
    }

    @Test
    void aMissingScenarioFileIsAnErrorNamingIt() {
        Path missing = folder.resolve("nope.json");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioParser().parse(missing));
        assertEquals(missing + ":1:1: scenario file not found", e.getMessage().split(";")[0]);
    }

    @Test
    void errorsAreCollectedFromTheWholeFileAndPrintedWithFileLineAndColumn() throws Exception {
        Path file = resource("scenario/many-errors.json");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioParser().parse(file));

        List<String> lines = e.getMessage().lines().toList();
        assertEquals(e.errors().size(), lines.size());
        assertTrue(e.errors().size() >= 9, () -> "expected every error, got:\n" + e.getMessage());
        assertTrue(lines.stream().allMatch(line -> line.startsWith(file + ":")), e.getMessage());
        assertEquals(file + ":6:25: unknown action \"fier\"; did you mean \"fire\"? use one of: launch, minimise,"
                        + " restore, suspend, resume, terminate, suspendAndTerminate, update, uninstall, logoff, fire,"
                        + " request, cancel, kill, suspendHost, resumeHost, register, unregister, set, advance, press, runIsolated",
                lines.stream().filter(l -> l.contains("fier")).findFirst().orElseThrow());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ScenarioParserTest.class.getClassLoader().getResource(name).toURI());
    }
}

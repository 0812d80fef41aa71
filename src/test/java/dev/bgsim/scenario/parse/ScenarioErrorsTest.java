package dev.bgsim.scenario.parse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind of mistake in a scenario file gives {@code line:col: what is wrong; what would be
 * right}, and every mistake in a file is reported, not just the first. Steps written with
 * {@link ScenarioFixture#withSteps} start on line 4, column 5.
 */
class ScenarioErrorsTest {

    /** {@code {folder}} and {@code {folder/a/b}} in expected messages: the scenario's folder, or a path in it. */
    private static final Pattern FOLDER = Pattern.compile("\\{folder(/[^}]*)?}");

    @TempDir
    Path folder;
    private ScenarioFixture fixture;

    @BeforeEach
    void createFixture() {
        fixture = new ScenarioFixture(folder);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentErrors")
    void reportsMistakesInTheScenarioAsAWhole(String mistake, String scenario, List<String> expected) {
        assertErrors(scenario, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepErrors")
    void reportsMistakesInTheShapeOfAStep(String mistake, String scenario, List<String> expected) {
        assertErrors(scenario, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actionErrors")
    void reportsMistakesInActions(String mistake, String scenario, List<String> expected) {
        assertErrors(scenario, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orderErrors")
    void refusesStepsThatGoBackInTime(String mistake, String scenario, List<String> expected) {
        assertErrors(scenario, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectationErrors")
    void reportsMistakesInExpectations(String mistake, String scenario, List<String> expected) {
        assertErrors(scenario, expected);
    }

    private void assertErrors(String scenario, List<String> expected) {
        List<String> withFolder = expected.stream().map(this::withFolder).toList();
        assertEquals(String.join("\n", withFolder), String.join("\n", fixture.errors(scenario)));
    }

    private String withFolder(String message) {
        Matcher matcher = FOLDER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Path path = matcher.group(1) == null ? fixture.folder : fixture.folder.resolve(matcher.group(1).substring(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(path.toString()));
        }
        return matcher.appendTail(out).toString();
    }

    private static Arguments errors(String mistake, String scenario, String... expected) {
        return Arguments.of(mistake, scenario, List.of(expected));
    }

    static Stream<Arguments> documentErrors() {
        return Stream.of(
                errors("malformed JSON is reported where the parser stopped",
                        ScenarioFixture.json("{\n  'packages': ['pkg.jar'],\n  'steps': [],\n}"),
                        "4:1: malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name; fix the JSON here (look for a missing or extra comma, a missing quote or bracket, or a name without quotes)"),
                errors("content after the scenario object",
                        ScenarioFixture.json("{} {}"),
                        "1:4: more JSON after the end of the scenario object; remove it, or move it inside the object"),
                errors("an empty file",
                        ScenarioFixture.json(""),
                        "1:1: the scenario file is empty; write a JSON object with \"packages\" and \"steps\" (see docs/scenario-format.md)"),
                errors("a file that is not an object",
                        ScenarioFixture.json("[]"),
                        "1:1: a scenario file holds one JSON object, not an array; write {\"name\": ..., \"packages\": [...], \"steps\": [...]}"),
                errors("an unknown top-level field, with the field it was meant to be",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': [], 'stepz': 1}"),
                        "1:40: unknown field \"stepz\" in the scenario; did you mean \"steps\"? the scenario takes: name, profile, start, packages, initial, steps, comment"),
                errors("missing packages and steps are both reported",
                        ScenarioFixture.json("{'name': 'x'}"),
                        "1:1: the scenario has no \"packages\"; add \"packages\": [\"../sample-tasks/official-sample/target/official-sample.jar\"]",
                        "1:1: the scenario has no \"steps\"; add \"steps\": [{\"at\": \"0s\", \"do\": \"launch\", \"package\": \"Samples.BackgroundTask\"}]"),
                errors("an empty package list",
                        ScenarioFixture.json("{'packages': [], 'steps': []}"),
                        "1:14: \"packages\" is empty: a scenario needs something to load; list package files, e.g. \"packages\": [\"../sample-tasks/official-sample/target/official-sample.jar\"]"),
                errors("a package file that does not exist, at its line and column",
                        ScenarioFixture.json("{\n  'packages': ['pkg.jar', 'missing/other.jar'],\n  'steps': []\n}"),
                        "2:27: package file \"missing/other.jar\" not found (looked for {folder/missing/other.jar}); paths are relative to the scenario file's folder {folder}: fix the path, or build the file first"),
                errors("packages that are not paths",
                        ScenarioFixture.json("{'packages': [3, ''], 'steps': []}"),
                        "1:15: a package must be a path in quotes, not the number 3; write the path of a package jar or manifest, relative to the scenario file",
                        "1:18: a package must be a path in quotes, not the string \"\"; write the path of a package jar or manifest, relative to the scenario file"),
                errors("a field given twice",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': [], 'name': 'a', 'name': 'b'}"),
                        "1:53: \"name\" appears twice in this object; keep one (the first is used)"),
                errors("a start that is not an instant",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': [], 'start': 'tomorrow'}"),
                        "1:49: \"start\" is not an instant: \"tomorrow\"; write an ISO-8601 UTC instant such as \"2026-01-01T08:00:00Z\""),
                errors("an unknown profile, with the nearest built-in one",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': [], 'profile': 'mobile-1g'}"),
                        "1:51: \"profile\": unknown profile \"mobile-1g\"; did you mean \"mobile-1gb\"? use one of: desktop, mobile-512mb, mobile-1gb, mobile-2gb, xbox, iot, strict, or a path to a custom profile file ending in .json"),
                errors("a custom profile file that does not exist",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': [], 'profile': 'phone.json'}"),
                        "1:51: profile file \"phone.json\" not found (looked for {folder/phone.json}); paths are relative to the scenario file's folder {folder}: fix the path, or build the file first"),
                errors("every bad initial field at once",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': [], 'initial': {'profile': 'xbox', 'batteryPercent': 120, 'batterySaverThreshold': 50.5, 'power': 'mains', 'speed': 1000, 'internet': 'true', 'metered': 1}}"),
                        "1:52: \"profile\" in \"initial\"; put \"profile\" at the top level of the scenario, next to \"packages\"",
                        "1:89: \"batteryPercent\" is 120, out of range; use a whole number from 0 to 100",
                        "1:119: \"batterySaverThreshold\" must be a whole number, not the number 50.5; use a whole number from 0 to 100",
                        "1:134: \"power\": unknown power source \"mains\"; use one of: ac, battery",
                        "1:152: \"speed\" is 1000, out of range; use a number from 0.25 to 100",
                        "1:170: \"internet\" must be true or false, not the string \"true\"; write it without quotes: true",
                        "1:189: \"metered\" must be true or false, not the number 1; use true or false"),
                errors("an access block naming no package",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': [], 'initial': {'access': {}}}"),
                        "1:62: \"access\" names no package; write {\"Samples.BackgroundTask\": \"ALWAYS_ALLOWED\"}, or remove \"access\""),
                errors("unknown access settings, with a suggestion where one is near",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': [], 'initial': {'access': {'P': 'ALWAYS_ALLOW', 'Q': 'ALLOWED'}}}"),
                        "1:68: \"P\": unknown access setting \"ALWAYS_ALLOW\"; did you mean \"ALWAYS_ALLOWED\"? use one of: MANAGED_BY_WINDOWS, ALWAYS_ALLOWED, NEVER_ALLOWED",
                        "1:89: \"Q\": unknown access setting \"ALLOWED\"; use one of: MANAGED_BY_WINDOWS, ALWAYS_ALLOWED, NEVER_ALLOWED"),
                errors("steps that are not an array",
                        ScenarioFixture.json("{'packages': ['pkg.jar'], 'steps': {}}"),
                        "1:36: \"steps\" must be an array, not an object; write [{\"at\": \"0s\", ...}]")
        );
    }

    static Stream<Arguments> stepErrors() {
        return Stream.of(
                errors("a step that is not an object",
                        ScenarioFixture.withSteps("'launch'"),
                        "4:5: a step must be an object, not the string \"launch\"; write {\"at\": \"1s\", \"do\": \"fire\", \"registration\": \"MyTask\"} or {\"at\": \"2s\", \"expect\": {...}}"),
                errors("a step without at",
                        ScenarioFixture.withSteps("{'do': 'launch', 'package': 'P'}"),
                        "4:5: the step has no \"at\"; add \"at\": \"0s\" (simulated time since the start)"),
                errors("an at that is not a duration in quotes",
                        ScenarioFixture.withSteps("{'at': 5, 'do': 'launch', 'package': 'P'}"),
                        "4:12: \"at\" must be a duration in quotes, not the number 5; write a duration such as 250ms, 1.5s, 15m, 2h, 1d, 1h30m or ISO-8601 PT1M"),
                errors("a step that neither acts nor checks",
                        ScenarioFixture.withSteps("{'at': '1s'}"),
                        "4:5: the step neither does nor expects anything; add \"do\": an action (launch, minimise, restore, suspend, resume, terminate, suspendAndTerminate, update, uninstall, logoff, fire, request, cancel, kill, suspendHost, resumeHost, register, unregister, set, advance, press, runIsolated), or \"expect\": {...}"),
                errors("a step that both acts and checks",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'launch', 'package': 'P', 'expect': {}}"),
                        "4:5: the step has both \"do\" and \"expect\"; split it into two steps at the same time: one that acts, one that checks"),
                errors("an unknown action, with the action it was meant to be",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'fier', 'registration': 'T'}"),
                        "4:24: unknown action \"fier\"; did you mean \"fire\"? use one of: launch, minimise, restore, suspend, resume, terminate, suspendAndTerminate, update, uninstall, logoff, fire, request, cancel, kill, suspendHost, resumeHost, register, unregister, set, advance, press, runIsolated"),
                errors("an unknown action too far from any to guess",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'dance'}"),
                        "4:24: unknown action \"dance\"; use one of: launch, minimise, restore, suspend, resume, terminate, suspendAndTerminate, update, uninstall, logoff, fire, request, cancel, kill, suspendHost, resumeHost, register, unregister, set, advance, press, runIsolated"),
                errors("an unknown field in an action, with the field it was meant to be",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'fire', 'registraton': 'T'}"),
                        "4:5: the \"fire\" step names nothing to fire; add \"registration\": \"SampleBackgroundTask\" or \"systemEvent\": \"TIME_ZONE_CHANGE\"",
                        "4:32: unknown field \"registraton\" in the \"fire\" step; did you mean \"registration\"? the \"fire\" step takes: at, do, comment, registration, package, systemEvent, force, arguments")
        );
    }

    static Stream<Arguments> actionErrors() {
        return Stream.of(
                errors("a boolean written as a word",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'fire', 'registration': 'T', 'force': 'yes'}"),
                        "4:62: \"force\" must be true or false, not the string \"yes\"; use true or false"),
                errors("a number in quotes",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'cancel', 'registration': 'T', 'instance': '1', 'reason': 'ABORT'}"),
                        "4:67: \"instance\" must be a whole number of 1 or more, not the string \"1\"; write it without quotes: 1"),
                errors("an instance number below 1",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'cancel', 'registration': 'T', 'instance': 0, 'reason': 'ABORT'}"),
                        "4:67: \"instance\" is 0, out of range; use a whole number of 1 or more"),
                errors("a cancel without a reason lists the reasons",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'cancel', 'registration': 'T', 'instance': 1}"),
                        "4:5: the \"cancel\" step has no \"reason\"; add \"reason\" with a cancellation reason: ABORT, TERMINATING, LOGGING_OFF, SERVICING_UPDATE, IDLE_TASK, UNINSTALL, CONDITION_LOSS, SYSTEM_POLICY, QUIET_HOURS_ENTERED, EXECUTION_TIME_EXCEEDED, RESOURCE_REVOCATION, ENERGY_SAVER"),
                errors("an unknown cancellation reason, with the nearest",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'cancel', 'registration': 'T', 'instance': 1, 'reason': 'ENERGY_SAVING'}"),
                        "4:80: \"reason\": unknown cancellation reason \"ENERGY_SAVING\"; did you mean \"ENERGY_SAVER\"? use one of: ABORT, TERMINATING, LOGGING_OFF, SERVICING_UPDATE, IDLE_TASK, UNINSTALL, CONDITION_LOSS, SYSTEM_POLICY, QUIET_HOURS_ENTERED, EXECUTION_TIME_EXCEEDED, RESOURCE_REVOCATION, ENERGY_SAVER"),
                errors("a WinRT-style reason name, with its Java spelling",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'cancel', 'registration': 'T', 'instance': 1, 'reason': 'EnergySaver'}"),
                        "4:80: \"reason\": unknown cancellation reason \"EnergySaver\"; did you mean \"ENERGY_SAVER\"? use one of: ABORT, TERMINATING, LOGGING_OFF, SERVICING_UPDATE, IDLE_TASK, UNINSTALL, CONDITION_LOSS, SYSTEM_POLICY, QUIET_HOURS_ENTERED, EXECUTION_TIME_EXCEEDED, RESOURCE_REVOCATION, ENERGY_SAVER"),
                errors("an unregister must say whether it cancels running tasks",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'unregister', 'registration': 'T'}"),
                        "4:5: the \"unregister\" step has no \"cancelTask\"; add \"cancelTask\": true to cancel running instances with ABORT, or false to let them finish"),
                errors("an app action without a package",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'launch'}"),
                        "4:5: the \"launch\" step has no \"package\"; add \"package\": \"Samples.BackgroundTask\""),
                errors("a fire that names nothing",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'fire'}"),
                        "4:5: the \"fire\" step names nothing to fire; add \"registration\": \"SampleBackgroundTask\" or \"systemEvent\": \"TIME_ZONE_CHANGE\""),
                errors("a fire that names both a registration and a system event",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'fire', 'registration': 'T', 'systemEvent': 'TIME_ZONE_CHANGE'}"),
                        "4:5: the \"fire\" step names both a registration and a system event; fire one per step: keep \"registration\" or \"systemEvent\""),
                errors("INVALID is not a system event",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'fire', 'systemEvent': 'INVALID'}"),
                        "4:47: \"systemEvent\": unknown system event \"INVALID\"; use one of: SMS_RECEIVED, USER_PRESENT, USER_AWAY, NETWORK_STATE_CHANGE, CONTROL_CHANNEL_RESET, INTERNET_AVAILABLE, SESSION_CONNECTED, SERVICING_COMPLETE, LOCK_SCREEN_APPLICATION_ADDED, LOCK_SCREEN_APPLICATION_REMOVED, TIME_ZONE_CHANGE, ONLINE_ID_CONNECTED_STATE_CHANGE, BACKGROUND_WORK_COST_CHANGE, POWER_STATE_CHANGE, DEFAULT_SIGN_IN_ACCOUNT_CHANGE"),
                errors("a system event carries no arguments",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'fire', 'systemEvent': 'TIME_ZONE_CHANGE', 'arguments': {}}"),
                        "4:80: a system event carries no arguments; remove \"arguments\", or fire a registration to pass them to its task"),
                errors("arguments that are not an object",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'fire', 'registration': 'T', 'arguments': [1]}"),
                        "4:66: \"arguments\" must be an object, not an array; write {\"name\": \"value\"}"),
                errors("a kill that names nothing",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'kill'}"),
                        "4:5: the \"kill\" step names nothing to kill; name one: \"registration\" and \"instance\", or \"host\", or \"app\""),
                errors("a kill that names two things",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'kill', 'app': 'P', 'host': 'P/default'}"),
                        "4:5: the \"kill\" step names a host and an app to kill; name one: \"registration\" and \"instance\", or \"host\", or \"app\""),
                errors("a kill of an instance without its number",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'kill', 'registration': 'T'}"),
                        "4:5: the \"kill\" step has no \"instance\"; add \"instance\": 1 (the first instance started)"),
                errors("a host id that is not one",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'suspendHost', 'host': 'P/main'}"),
                        "4:47: host \"P/main\" has an unknown host part \"main\"; write PACKAGE/default, PACKAGE/group:NAME or PACKAGE/instance:REGISTRATION#N"),
                errors("a host action without a host",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'suspendHost'}"),
                        "4:5: the \"suspendHost\" step has no \"host\"; add \"host\": \"Samples.BackgroundTask/default\" (write PACKAGE/default, PACKAGE/group:NAME or PACKAGE/instance:REGISTRATION#N)"),
                errors("a trigger without a type",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'trigger': {}}"),
                        "4:76: the trigger has no \"type\"; add \"type\": one of system, time, maintenance, custom, application, mediaProcessing, deviceUse, deviceServicing, pushNotification, controlChannel"),
                errors("an unknown trigger type, with the nearest",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'trigger': {'type': 'timer', 'freshnessMinutes': 15}}"),
                        "4:85: \"type\": unknown trigger type \"timer\"; did you mean \"time\"? use one of: system, time, maintenance, custom, application, mediaProcessing, deviceUse, deviceServicing, pushNotification, controlChannel"),
                errors("a system trigger without its event",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'trigger': {'type': 'system'}}"),
                        "4:76: the \"system\" trigger has no \"systemTriggerType\"; add \"systemTriggerType\": \"TIME_ZONE_CHANGE\""),
                errors("a freshness of zero minutes",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'trigger': {'type': 'time', 'freshnessMinutes': 0}}"),
                        "4:113: \"freshnessMinutes\" is 0, out of range; use a whole number of 1 or more"),
                errors("a trigger without parameters takes none",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'trigger': {'type': 'application', 'oneShot': true}}"),
                        "4:100: unknown field \"oneShot\" in the \"application\" trigger; the \"application\" trigger takes: type"),
                errors("a custom trigger with a misspelt field",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'trigger': {'type': 'custom', 'taskType': 'location', 'nam': 'x'}}"),
                        "4:76: the \"custom\" trigger has no \"name\"; add \"name\": \"geofence\"",
                        "4:119: unknown field \"nam\" in the \"custom\" trigger; did you mean \"name\"? the \"custom\" trigger takes: type, taskType, name"),
                errors("a control channel keep-alive under WinRT's 15 minutes, and an empty channel id",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N',\n"
                                + "  'trigger': {'type': 'controlChannel', 'channelId': '', 'keepAliveMinutes': 5}}"),
                        "5:54: \"channelId\" is empty; write a non-empty value",
                        "5:78: \"keepAliveMinutes\" is 5, out of range; use a whole number of 15 or more"),
                errors("a control channel field misspelt, and networkRequested that is not a boolean",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'networkRequested': 'yes',\n"
                                + "  'trigger': {'type': 'controlChannel', 'channel': 'chat'}}"),
                        "4:85: \"networkRequested\" must be true or false, not the string \"yes\"; use true or false",
                        "5:41: unknown field \"channel\" in the \"controlChannel\" trigger; did you mean \"channelId\"? the \"controlChannel\" trigger takes: type, channelId, keepAliveMinutes"),
                errors("a push notification's application id that is not a string",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'trigger': {'type': 'pushNotification', 'applicationId': 7}}"),
                        "4:122: \"applicationId\" must be a string, not the number 7; put the text in double quotes"),
                errors("unknown conditions and conditions that are not names",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P', 'name': 'N', 'trigger': {'type': 'application'}, 'conditions': ['INTERNET', 7]}"),
                        "4:116: unknown condition \"INTERNET\"; use one of: USER_PRESENT, USER_NOT_PRESENT, INTERNET_AVAILABLE, INTERNET_NOT_AVAILABLE, SESSION_CONNECTED, SESSION_DISCONNECTED, FREE_NETWORK_AVAILABLE, BACKGROUND_WORK_COST_NOT_HIGH",
                        "4:128: a condition must be a name in quotes, not the number 7; use one of: USER_PRESENT, USER_NOT_PRESENT, INTERNET_AVAILABLE, INTERNET_NOT_AVAILABLE, SESSION_CONNECTED, SESSION_DISCONNECTED, FREE_NETWORK_AVAILABLE, BACKGROUND_WORK_COST_NOT_HIGH"),
                errors("a register without name and trigger",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'register', 'package': 'P'}"),
                        "4:5: the \"register\" step has no \"name\"; add \"name\": \"MyTask\" (the registration name)",
                        "4:5: the \"register\" step has no \"trigger\"; add \"trigger\": {\"type\": \"system\", \"systemTriggerType\": \"TIME_ZONE_CHANGE\", \"oneShot\": false}"),
                errors("a set that sets nothing",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'set'}"),
                        "4:5: the \"set\" step sets nothing; add a device field such as \"batterySaver\": \"on\" (fields: power, batteryPercent, drainPercentPerHour, batterySaver, batterySaverThreshold, internet, metered, userPresent, sessionConnected, screenOn, memoryPressure, access, profile, speed, timeSkipping, enforceWhileDebugging)"),
                errors("an unknown battery saver mode",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'set', 'batterySaver': 'enabled'}"),
                        "4:47: \"batterySaver\": unknown battery saver mode \"enabled\"; use one of: off, on, auto"),
                errors("an advance by nothing",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'advance', 'by': '0s'}"),
                        "4:41: \"by\" is zero, so the advance does nothing; advance by more than 0s, or remove the step"),
                errors("an advance without by",
                        ScenarioFixture.withSteps("{'at': '1s', 'do': 'advance'}"),
                        "4:5: the \"advance\" step has no \"by\"; add \"by\": \"10s\"")
        );
    }

    static Stream<Arguments> orderErrors() {
        return Stream.of(
                errors("a step earlier than the one before it",
                        ScenarioFixture.withSteps("{'at': '2s', 'do': 'launch', 'package': 'P'}", "{'at': '1s', 'do': 'launch', 'package': 'P'}"),
                        "5:5: step at 1s comes before the step at 2s on line 4; steps run in time order: give it \"at\": \"2s\" or later, or move it up"),
                errors("a step inside an earlier advance",
                        ScenarioFixture.withSteps("{'at': '2s', 'do': 'advance', 'by': '10s'}", "{'at': '5s', 'do': 'launch', 'package': 'P'}"),
                        "5:5: step at 5s falls inside the advance of 10s at 2s on line 4, which ends at 12s; steps run in time order: give it \"at\": \"12s\" or later, or move it up")
        );
    }

    static Stream<Arguments> expectationErrors() {
        return Stream.of(
                errors("an expect that is not an object",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': 3}"),
                        "4:28: \"expect\" must be an object, not the number 3; write {\"registration\": \"MyTask\", \"instance\": 1, \"state\": \"COMPLETED\"}"),
                errors("an expectation that checks nothing",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {}}"),
                        "4:28: the expectation checks nothing; add one of: instance, count, pending, app, host, localSettings, event, finding (see docs/scenario-format.md)"),
                errors("a registration expectation that says nothing about it",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'registration': 'T'}}"),
                        "4:28: the expectation says nothing about the registration; add one of: instance, count, pending, app, host, localSettings, event, finding (see docs/scenario-format.md)"),
                errors("an expectation that checks two things",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'app': 'P', 'host': 'P/default', 'state': 'RUNNING'}}"),
                        "4:28: the expectation checks \"app\" and \"host\" at once; check one thing per step: split it into 2 steps"),
                errors("an instance expectation without anything to check",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'registration': 'T', 'instance': 1}}"),
                        "4:28: the \"instance\" expectation checks nothing about the instance; add \"state\", \"reason\", \"progress\" or \"suspendedCount\""),
                errors("an unknown instance state, with the nearest",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'registration': 'T', 'instance': 1, 'state': 'CANCELLED'}}"),
                        "4:74: \"state\": unknown instance state \"CANCELLED\"; did you mean \"CANCELED\"? use one of: RUNNING, CANCEL_REQUESTED, COMPLETED, CANCELED, FAILED, TERMINATED"),
                errors("a progress over 100",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'registration': 'T', 'instance': 1, 'progress': 101}}"),
                        "4:77: \"progress\" is 101, out of range; use a whole number from 0 to 100"),
                errors("an app expectation without a state",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'app': 'P'}}"),
                        "4:28: the \"app\" expectation has no \"state\"; add \"state\": \"SUSPENDED\" (an app state: NOT_RUNNING, RUNNING, RUNNING_IN_BACKGROUND, SUSPENDED, TERMINATED)"),
                errors("an unknown app state",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'app': 'P', 'state': 'FOREGROUND'}}"),
                        "4:50: \"state\": unknown app state \"FOREGROUND\"; use one of: NOT_RUNNING, RUNNING, RUNNING_IN_BACKGROUND, SUSPENDED, TERMINATED"),
                errors("a local setting without equals or absent",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'localSettings': {'package': 'P', 'key': 'k'}}}"),
                        "4:46: \"localSettings\" says nothing about the value; give either \"equals\": VALUE (any JSON value) or \"absent\": true"),
                errors("a local setting with both equals and absent",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'localSettings': {'package': 'P', 'key': 'k', 'equals': 1, 'absent': true}}}"),
                        "4:46: \"localSettings\" has both \"equals\" and \"absent\"; give either \"equals\": VALUE (any JSON value) or \"absent\": true"),
                errors("absent false says nothing",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'localSettings': {'package': 'P', 'key': 'k', 'absent': false}}}"),
                        "4:85: \"absent\": false says nothing about the value; use \"equals\": VALUE, or \"absent\": true"),
                errors("a local setting without a package",
                        ScenarioFixture.withSteps("{'at': '1s', 'expect': {'localSettings': {'key': 'k', 'equals': 1}}}"),
                        "4:46: \"localSettings\" has no \"package\"; add \"package\": \"Samples.BackgroundTask\""),
                errors("an event window that reaches past the step",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'event': 'InstanceCanceled', 'to': '10s'}}"),
                        "4:64: \"to\" is 10s, after the step's time 5s (a step cannot see events that have not happened yet); move the step to \"at\": \"10s\" or later, or end the window by 5s"),
                errors("an event window that ends before it starts",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'event': 'InstanceCanceled', 'from': '4s', 'to': '3s'}}"),
                        "4:66: the window starts at 4s, after it ends at 3s; make \"from\" no later than 3s"),
                errors("an event type that is not a type name",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'event': 'instance canceled'}}"),
                        "4:38: \"instance canceled\" is not an event type name; event types are UpperCamelCase names such as InstanceCanceled or TriggerFired"),
                errors("an event instance filter without a registration",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'event': 'InstanceCanceled', 'instance': 1}}"),
                        "4:70: \"instance\" without \"registration\" (instance numbers count per registration); add \"registration\": \"SampleBackgroundTask\""),
                errors("event and finding in one expectation",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'event': 'InstanceCanceled', 'finding': 'x'}}"),
                        "4:28: the expectation checks \"event\" and \"finding\" at once; check one thing per step: split it into 2 steps"),
                errors("present written as a word",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'finding': 'BG103', 'present': 'no'}}"),
                        "4:60: \"present\" must be true or false, not the string \"no\"; use true or false"),
                errors("a finding of a rule the checker does not have",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'finding': 'BG13'}}"),
                        "4:40: unknown checker rule \"BG13\"; did you mean \"BG103\"? use a rule id: BG101, BG102, BG103, BG104, "
                                + "BG105, BG106, BG107, BG108, BG109, BG110, BG111, BG112, BG201, BG202, BG203, BG204, BG205, BG206, "
                                + "BG301, BG302, BG303, BG304, BG305, BG306, BG307, BG308, BG309 (docs/checker-rules.md)"),
                errors("why on a registration that is not pending",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'registration': 'T', 'pending': false, 'why': 'x'}}"),
                        "4:75: \"why\" with \"pending\": false (a registration that is not pending waits for nothing); remove \"why\", or expect \"pending\": true"),
                errors("a negative count",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'registration': 'T', 'count': -1}}"),
                        "4:59: \"count\" is -1, out of range; use a whole number of 0 or more"),
                errors("alive written as a word",
                        ScenarioFixture.withSteps("{'at': '5s', 'expect': {'host': 'P/default', 'alive': 'yes'}}"),
                        "4:59: \"alive\" must be true or false, not the string \"yes\"; use true or false")
        );
    }
}

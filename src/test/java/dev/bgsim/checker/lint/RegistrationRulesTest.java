package dev.bgsim.checker.lint;

import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.PackageLoader;
import dev.bgsim.pkg.Severity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The static rules on manifest registrations: one row per rule, with the registrations that break it. */
class RegistrationRulesTest {
    @TempDir
    Path dir;

    private List<Diagnostic> lint(String registrations) throws Exception {
        Path manifest = Files.writeString(dir.resolve("bgsim-manifest.json"), """
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.Sys", "taskTypes": ["systemEvent"] },
                                       { "entryPoint": "t.Gen", "taskTypes": ["general", "deviceUse", "timer"] } ],
                  "registrations": [ { "name": "Servicing", "entryPoint": "t.Sys",
                                       "trigger": { "type": "system", "systemTriggerType": "SERVICING_COMPLETE" } }, %s ] }
                """.formatted(registrations));
        return GuidelineLint.standard().check(new PackageLoader().load(manifest).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            entry point not declared        | BG302 | ERROR   | entry point t.Nope is not declared                | { "name": "R", "entryPoint": "t.Nope", "trigger": { "type": "application" } }
            freshness under 15 minutes      | BG305 | ERROR   | freshness of 10 minutes is under the minimum of 15 | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "time", "freshnessMinutes": 10 } }
            maintenance over 30 days        | BG305 | ERROR   | maintenance freshness of 50000 minutes is over 30 days | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "maintenance", "freshnessMinutes": 50000 } }
            one-shot control channel reset  | BG307 | ERROR   | a CONTROL_CHANNEL_RESET system trigger cannot be one-shot | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "CONTROL_CHANNEL_RESET", "oneShot": true } }
            conditions on device use        | BG308 | ERROR   | a DeviceUseTrigger registration cannot have conditions | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "deviceUse" }, "conditions": ["USER_PRESENT"] }
            second application trigger      | BG309 | ERROR   | a package may register one ApplicationTrigger     | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "application" } }, { "name": "S", "entryPoint": "t.Gen", "trigger": { "type": "application" } }
            device servicing in-process     | BG304 | ERROR   | DeviceServicingTrigger tasks cannot run in-process | { "name": "R", "trigger": { "type": "deviceServicing" } }
            device use in-process           | BG304 | ERROR   | DeviceUseTrigger tasks cannot run in-process      | { "name": "R", "trigger": { "type": "deviceUse" } }
            trigger not declared for task   | BG301 | WARNING | uses a ApplicationTrigger but t.Sys is declared only for systemEvent | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "application" } }
            time trigger on systemEvent     | BG301 | WARNING | uses a TimeTrigger but t.Sys is declared only for systemEvent | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "time", "freshnessMinutes": 15 } }
            custom type not declared        | BG301 | WARNING | uses a CustomTrigger but t.Sys is declared only for systemEvent | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "custom", "taskType": "location", "name": "fence" } }
            same name twice                 | BG202 | WARNING | registration name "R" is used again               | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "USER_AWAY" } }, { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "USER_PRESENT" } }
            internet and no internet        | BG306 | ERROR   | requires INTERNET_AVAILABLE and INTERNET_NOT_AVAILABLE | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "USER_AWAY" }, "conditions": ["INTERNET_AVAILABLE", "INTERNET_NOT_AVAILABLE"] }
            present and not present         | BG306 | ERROR   | requires USER_PRESENT and USER_NOT_PRESENT        | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "USER_AWAY" }, "conditions": ["USER_NOT_PRESENT", "USER_PRESENT"] }
            connected and disconnected      | BG306 | ERROR   | requires SESSION_CONNECTED and SESSION_DISCONNECTED | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "USER_AWAY" }, "conditions": ["SESSION_CONNECTED", "SESSION_DISCONNECTED"] }
            """)
    void ruleIsReportedWithItsIdSeverityAndPosition(String rule, String id, Severity severity, String message, String registrations)
            throws Exception {
        List<Diagnostic> found = lint(registrations);
        assertEquals(1, found.size(), () -> rule + ": " + found);
        Diagnostic d = found.get(0);
        assertEquals(id, d.ruleId(), d.format());
        assertEquals(severity, d.severity(), d.format());
        assertTrue(d.message().contains(message), d.format());
        assertTrue(d.location().hasPosition(), d.format());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            declared system trigger       | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "TIME_ZONE_CHANGE" } }
            general covers maintenance    | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "maintenance", "freshnessMinutes": 15 } }
            in-process application        | { "name": "R", "trigger": { "type": "application" } }
            device use with no conditions | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "deviceUse" } }
            compatible conditions         | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "USER_AWAY" }, "conditions": ["INTERNET_AVAILABLE", "USER_NOT_PRESENT", "SESSION_CONNECTED"] }
            """)
    void validRegistrationHasNoFinding(String rule, String registrations) throws Exception {
        assertEquals(List.of(), lint(registrations), rule);
    }
}

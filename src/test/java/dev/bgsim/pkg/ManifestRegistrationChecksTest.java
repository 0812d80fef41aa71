package dev.bgsim.pkg;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lint rules for manifest registrations: one row per rule, with the registrations that break it. */
class ManifestRegistrationChecksTest {
    private final ManifestRegistrationChecks checks = new ManifestRegistrationChecks(TaskTypeTable.standard());

    @TempDir
    Path dir;

    private List<Diagnostic> check(String registrations) throws PackageLoadException {
        Path manifest = ManifestFixtures.write(dir, "bgsim-manifest.json", """
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.Sys", "taskTypes": ["systemEvent"] },
                                       { "entryPoint": "t.Gen", "taskTypes": ["general", "deviceUse", "timer"] } ],
                  "registrations": [ %s ] }
                """.formatted(registrations));
        return checks.check(new PackageLoader().load(manifest).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            entry point not declared        | ERROR   | entry point t.Nope is not declared                | { "name": "R", "entryPoint": "t.Nope", "trigger": { "type": "application" } }
            freshness under 15 minutes      | ERROR   | freshness of 10 minutes is under the minimum of 15 | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "time", "freshnessMinutes": 10 } }
            maintenance over 30 days        | ERROR   | maintenance freshness of 50000 minutes is over 30 days | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "maintenance", "freshnessMinutes": 50000 } }
            one-shot control channel reset  | ERROR   | a CONTROL_CHANNEL_RESET system trigger cannot be one-shot | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "CONTROL_CHANNEL_RESET", "oneShot": true } }
            conditions on device use        | ERROR   | a DeviceUseTrigger registration cannot have conditions | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "deviceUse" }, "conditions": ["USER_PRESENT"] }
            second application trigger      | ERROR   | a package may register one ApplicationTrigger     | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "application" } }, { "name": "S", "entryPoint": "t.Gen", "trigger": { "type": "application" } }
            device servicing in-process     | ERROR   | DeviceServicingTrigger tasks cannot run in-process | { "name": "R", "trigger": { "type": "deviceServicing" } }
            trigger not declared for task   | WARNING | uses a ApplicationTrigger but t.Sys is declared only for systemEvent | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "application" } }
            custom type not declared        | WARNING | uses a CustomTrigger but t.Sys is declared only for systemEvent | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "custom", "taskType": "location", "name": "fence" } }
            same name twice                 | WARNING | registration name "R" is used again               | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "USER_AWAY" } }, { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "USER_PRESENT" } }
            """)
    void ruleIsReported(String rule, Severity severity, String message, String registrations) throws Exception {
        List<Diagnostic> found = check(registrations);
        assertEquals(1, found.size(), () -> rule + ": " + found);
        assertEquals(severity, found.get(0).severity(), found.get(0).format());
        assertTrue(found.get(0).message().contains(message), found.get(0).format());
        assertTrue(found.get(0).location().hasPosition(), found.get(0).format());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            declared system trigger   | { "name": "R", "entryPoint": "t.Sys", "trigger": { "type": "system", "systemTriggerType": "TIME_ZONE_CHANGE" } }
            general covers maintenance | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "maintenance", "freshnessMinutes": 15 } }
            in-process application    | { "name": "R", "trigger": { "type": "application" } }
            device use with no conditions | { "name": "R", "entryPoint": "t.Gen", "trigger": { "type": "deviceUse" } }
            """)
    void validRegistrationHasNoFinding(String rule, String registrations) throws Exception {
        assertEquals(List.of(), check(registrations), rule);
    }
}

package dev.bgsim.cli;

import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.CorpusManifests;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.StaticCheck;
import dev.bgsim.pkg.TestJars;
import dev.bgsim.pkg.TestPackageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LintCommandTest {
    @TempDir
    Path dir;

    private Path manifest(String folder, String json) throws Exception {
        return Files.writeString(Files.createDirectories(dir.resolve(folder)).resolve("bgsim-manifest.json"), json);
    }

    @Test
    void cleanPackageExitsWithZeroAndASummary() {
        Path jar = TestPackageBuilder.named("Clean").task("tasks.T", "timer").buildJar(dir);
        CommandRun run = CommandRun.bgsim("lint", jar.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("0 errors, 0 warnings in 1 package\n", run.out());
    }

    @Test
    void errorsAndWarningsArePrintedOneLineEachWithPositionAndExitIsOne() throws Exception {
        Path file = manifest("a", """
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.A", "taskTypes": ["timer"], "executable": "a.exe" },
                                       { "entryPoint": "t.B", "taskTypes": ["timmer"] } ] }
                """);
        CommandRun run = CommandRun.bgsim("lint", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains(file + ":3:61: error: unknown task type \"timmer\"; expected one of: systemEvent, timer, general, "
                + "pushNotification, controlChannel, deviceUse, deviceServicing, audio, location, deviceConnectionChange, bluetooth, "
                + "mediaProcessing, chatMessageNotification, phoneCall, vpnClient, startup"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ":2:85: warning BG303: task t.A names executable \"a.exe\"")), run::toString);
        assertEquals("1 error, 1 warning in 1 package", lines.get(lines.size() - 1));
    }

    @Test
    void warningsAloneExitWithZero() throws Exception {
        Path file = manifest("a", "{ \"identity\": { \"name\": \"A\", \"version\": \"1.0.0.0\" }, \"extra\": 1 }");
        CommandRun run = CommandRun.bgsim("lint", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains(file + ":1:54: warning: unknown field \"extra\" is ignored; known fields:"), run::toString);
    }

    @Test
    void duplicateIdentityAcrossPackagesIsAnError() throws Exception {
        Path first = manifest("a", "{ \"identity\": { \"name\": \"Same\", \"version\": \"1.0.0.0\" } }");
        Path second = manifest("b", "{ \"identity\": { \"name\": \"Same\", \"version\": \"2.0.0.0\" } }");
        CommandRun run = CommandRun.bgsim("lint", first.toString(), second.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains(second + ": error: package \"Same\" is already loaded from " + first.toAbsolutePath()
                + " (version 1.0.0.0); the second one is refused; two packages cannot share an identity name"), run::toString);
        assertTrue(run.out().endsWith("1 error, 0 warnings in 2 packages\n"), run::toString);
    }

    @Test
    void everyPackageIsCheckedEvenAfterOneFails() throws Exception {
        Path corrupt = TestJars.corrupt(dir.resolve("broken.jar"));
        Path zipSlip = TestJars.zipSlip(dir.resolve("slip.jar"), "Slip");
        CommandRun run = CommandRun.bgsim("lint", corrupt.toString(), zipSlip.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains(corrupt + ": error: corrupt jar " + corrupt), run::toString);
        assertTrue(run.out().contains(zipSlip + "!/../evil.class: error: jar entry \"../evil.class\" points outside the jar"), run::toString);
    }

    @Test
    void registrationThatWillBeRefusedIsAnError() throws Exception {
        Path file = manifest("a", """
                { "identity": { "name": "A", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.A", "taskTypes": ["systemEvent"] } ],
                  "registrations": [ { "name": "R", "entryPoint": "t.Undeclared", "trigger": { "type": "time", "freshnessMinutes": 5 } },
                                     { "name": "S", "entryPoint": "t.A", "trigger": { "type": "application" } } ] }
                """);
        CommandRun run = CommandRun.bgsim("lint", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains(file + ":3:22: error BG302: registration \"R\" will be refused: entry point t.Undeclared is not declared"),
                run::toString);
        assertTrue(run.out().contains(file + ":3:22: error BG305: registration \"R\" will be refused: freshness of 5 minutes is under the minimum of 15"),
                run::toString);
        assertTrue(run.out().contains(file + ":4:22: warning BG301: registration \"S\" uses a ApplicationTrigger but t.A is declared only for systemEvent"),
                run::toString);
    }

    @Test
    void notesArePrintedOnRequestOnly() {
        assumeTrue(CorpusManifests.folder().isPresent(), CorpusManifests.absentMessage());
        String file = CorpusManifests.file("01").toString();
        assertFalse(CommandRun.bgsim("lint", file).out().contains("info: no code"));
        CommandRun withNotes = CommandRun.bgsim("lint", "--notes", file);
        assertTrue(withNotes.out().contains(file + ": info: no code"), withNotes::toString);
        assertEquals(0, withNotes.exitCode());
    }

    @Test
    void wholeCorpusLintsWithoutErrors() {
        assumeTrue(CorpusManifests.folder().isPresent(), CorpusManifests.absentMessage());
        String[] args = CorpusManifests.files().stream().map(Path::toString).toArray(String[]::new);
        CommandRun run = CommandRun.bgsim(concat("lint", args));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().endsWith("0 errors, 0 warnings in 20 packages\n"), run::toString);
    }

    @Test
    void missingPackageIsBadInputWithExitTwo() {
        CommandRun run = CommandRun.bgsim("lint", dir.resolve("nope.jar").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("bgsim lint: " + dir.resolve("nope.jar") + " does not exist; check the path (see 'bgsim lint --help')\n", run.err());
    }

    @Test
    void lintRunsPluggedInChecksOnLoadedPackages() {
        StaticCheck noTasksNamedFoo = new StaticCheck() {
            @Override
            public String name() {
                return "no Foo";
            }

            @Override
            public List<Diagnostic> check(BgsimPackage pkg) {
                return pkg.tasks().stream().filter(t -> t.entryPoint().endsWith("Foo"))
                        .map(t -> Diagnostic.warning(t.location(), "task " + t.entryPoint() + " is called Foo", "name it after what it does"))
                        .toList();
            }
        };
        Path jar = TestPackageBuilder.named("Plugged").task("tasks.Foo").buildJar(dir);
        CommandRun run = CommandRun.run(new CommandLine(new LintCommand(List.of(noTasksNamedFoo))), jar.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("warning: task tasks.Foo is called Foo; name it after what it does"), run::toString);
    }

    @Test
    void lintHelpListsTheExitCodes() {
        CommandRun run = CommandRun.bgsim("lint", "-h");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: bgsim lint [-hV] [--json] [--notes] [--code=JAR] [--profile=P] PACKAGE..."), run::toString);
        assertTrue(run.out().contains("1   at least one error"), run::toString);
    }

    @Test
    void timerTaskWithExecutableUndeclaredTimeTriggerAndTenMinuteFreshnessExitWithOneAndAreAllNamed() throws Exception {
        Path file = manifest("three", """
                { "identity": { "name": "Three", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.Tick", "taskTypes": ["timer"], "executable": "App.exe" },
                                       { "entryPoint": "t.Sys", "taskTypes": ["systemEvent"] } ],
                  "registrations": [ { "name": "OnSys", "entryPoint": "t.Sys", "trigger": { "type": "time", "freshnessMinutes": 15 } },
                                     { "name": "Fast", "entryPoint": "t.Tick", "trigger": { "type": "time", "freshnessMinutes": 10 } },
                                     { "name": "Servicing", "entryPoint": "t.Sys",
                                       "trigger": { "type": "system", "systemTriggerType": "SERVICING_COMPLETE" } } ] }
                """);
        CommandRun run = CommandRun.bgsim("lint", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains(file + ":2:88: warning BG303: task t.Tick names executable \"App.exe\" but none of its task types (timer) "
                + "is controlChannel or pushNotification; Executable is only for tasks that must run in the app's own process; "
                + "remove it, or declare controlChannel or pushNotification"), run::toString);
        assertTrue(lines.contains(file + ":4:22: warning BG301: registration \"OnSys\" uses a TimeTrigger but t.Sys is declared only "
                + "for systemEvent; add the task type \"timer\" to its declaration; it runs, but the strict profile refuses it"), run::toString);
        assertTrue(lines.contains(file + ":5:22: error BG305: registration \"Fast\" will be refused: freshness of 10 minutes is under "
                + "the minimum of 15; use \"freshnessMinutes\": 15 or more"), run::toString);
        assertEquals("1 error, 2 warnings in 1 package", lines.get(lines.size() - 1), run::toString);
    }

    @Test
    void strictProfileMakesAnUndeclaredTaskTypeAnError() throws Exception {
        Path file = manifest("strict", """
                { "identity": { "name": "Strict", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.Sys", "taskTypes": ["systemEvent"] } ],
                  "registrations": [ { "name": "OnSys", "entryPoint": "t.Sys", "trigger": { "type": "application" } },
                                     { "name": "Servicing", "entryPoint": "t.Sys",
                                       "trigger": { "type": "system", "systemTriggerType": "SERVICING_COMPLETE" } } ] }
                """);
        assertEquals(0, CommandRun.bgsim("lint", file.toString()).exitCode());
        CommandRun strict = CommandRun.bgsim("lint", "--profile", "strict", file.toString());
        assertEquals(1, strict.exitCode(), strict::toString);
        assertTrue(strict.out().contains(file + ":3:22: error BG301: registration \"OnSys\" will be refused: the strict profile refuses it: "
                + "registration \"OnSys\" uses a ApplicationTrigger but t.Sys is declared only for systemEvent"), strict::toString);
    }

    @Test
    void unknownProfileIsBadInput() throws Exception {
        Path file = manifest("p", "{ \"identity\": { \"name\": \"P\", \"version\": \"1.0.0.0\" } }");
        CommandRun run = CommandRun.bgsim("lint", "--profile", "phone", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("bgsim lint: unknown profile \"phone\"; use one of desktop, mobile-512mb"), run::toString);
    }

    @Test
    void jsonReportCarriesRuleIdsPositionsAndTotals() throws Exception {
        Path file = manifest("json", """
                { "identity": { "name": "Json", "version": "1.0.0.0" },
                  "backgroundTasks": [ { "entryPoint": "t.Tick", "taskTypes": ["timer"] } ],
                  "registrations": [ { "name": "Fast", "entryPoint": "t.Tick", "trigger": { "type": "time", "freshnessMinutes": 10 } } ] }
                """);
        CommandRun run = CommandRun.bgsim("lint", "--json", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertEquals("desktop", root.get("profile").asText());
        assertEquals(1, root.get("errors").asInt());
        com.fasterxml.jackson.databind.JsonNode first = null;
        for (com.fasterxml.jackson.databind.JsonNode d : root.get("packages").get(0).get("diagnostics")) {
            if ("BG305".equals(d.get("rule").asText())) {
                first = d;
            }
        }
        assertTrue(first != null, run::toString);
        assertEquals("error", first.get("severity").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals(22, first.get("column").asInt());
    }

    @Test
    void officialSampleLintsWithoutErrors() {
        Path jar = dev.bgsim.checker.SampleJars.of("official-sample");
        CommandRun run = CommandRun.bgsim("lint", jar.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().endsWith("0 errors, 0 warnings in 1 package\n"), run::toString);
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}

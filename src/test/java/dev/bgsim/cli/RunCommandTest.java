package dev.bgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.scenario.record.Recording;
import dev.bgsim.scenario.record.RecordingLines;
import dev.bgsim.scenario.record.RecordingReader;
import dev.bgsim.scenario.run.RunOptions;
import dev.bgsim.scenario.run.RunnerScenarios;
import dev.bgsim.scenario.run.TestPackages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

class RunCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new RunCommand(RunOptions.with(TestPackages.opener())));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private static String scenario(String name) {
        return RunnerScenarios.file(name).toString();
    }

    @Test
    void everyExpectationHeldExitsZeroAndEndsWithTheSummary() {
        int exit = run(scenario("complete"), scenario("cancellation"));

        assertEquals(0, exit, out + "\n" + err);
        List<String> lines = outLines();
        assertEquals("24 passed, 0 failed", lines.get(lines.size() - 1));
        assertEquals("scenarios: 2 of 2 held", lines.get(lines.size() - 2));
        assertTrue(lines.contains("scenario \"a fired task works, reports progress and completes\" ("
                + scenario("complete") + ")"), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+1s\\s+do\\s+fire Worker: started Worker#1.*")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+11s\\s+PASS\\s+instance Worker#1 state COMPLETED, progress 100")),
                out.toString());
    }

    @Test
    void aFailedExpectationExitsOneAndPrintsWhy() {
        int exit = run(scenario("mistakes"));

        assertEquals(1, exit, out + "\n" + err);
        List<String> lines = outLines();
        assertEquals("1 passed, 3 failed", lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 2).matches("scenarios: 0 of 1 held, 1 failed"), out.toString());
        assertTrue(out.toString().contains("expected: Worker#1 state COMPLETED"), out.toString());
        assertTrue(out.toString().contains("seen:     Worker#1 state RUNNING"), out.toString());
        assertTrue(out.toString().contains("recent events:"), out.toString());
    }

    @Test
    void anInvalidScenarioExitsTwoAndNothingRuns() throws Exception {
        Path invalid = temp.resolve("invalid.json");
        Files.writeString(invalid, "{\n  \"packages\": [],\n  \"steps\": [ { \"at\": \"1s\", \"do\": \"fier\" } ]\n}\n");

        int exit = run(scenario("complete"), invalid.toString());

        assertEquals(2, exit);
        assertEquals("", out.toString(), "nothing ran, not even the valid scenario");
        assertTrue(err.toString().contains(invalid + ":3:"), err.toString());
        assertTrue(err.toString().contains("nothing was run"), err.toString());
    }

    @Test
    void aPackageThatCannotBeLoadedIsBadInputAndNothingRuns() {
        CommandLine command = new CommandLine(new RunCommand(RunOptions.with(file -> {
            throw new dev.bgsim.scenario.run.PackageOpenException(file, List.of(file + ": not today"));
        })));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));

        int exit = command.execute(scenario("complete"));

        assertEquals(2, exit);
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("not today"), err.toString());
    }

    @Test
    void theRecordingHasAHeaderThenOneEventPerLineAndEveryLineParses() throws Exception {
        Path recording = temp.resolve("events.jsonl");

        int exit = run(scenario("complete"), "--record", recording.toString());

        assertEquals(0, exit, out + "\n" + err);
        List<String> lines = Files.readAllLines(recording);
        assertTrue(lines.size() > 20, "events recorded: " + lines.size());
        RecordingLines parser = new RecordingLines();
        lines.forEach(parser::read);
        Recording read = new RecordingReader().read(recording);
        assertEquals(List.of(), read.problems());
        RecordedSession session = read.session(1);
        assertTrue(session.header().orElseThrow().title().length() > 0, "the scenario's name");
        assertTrue(session.stoppedAt().isPresent(), "where the run stopped");
        long seq = 0;
        for (EngineEvent event : session.events()) {
            assertEquals(++seq, event.seq(), "in order, no gaps: " + event.describe());
        }
        assertEquals("EngineStarted", session.events().get(0).type());
    }

    @Test
    void severalScenariosAreSeveralSessionsOfOneRecording() throws Exception {
        Path recording = temp.resolve("two.jsonl");

        int exit = run(scenario("complete"), scenario("device"), "--record", recording.toString());

        assertEquals(0, exit, out + "\n" + err);
        Recording read = new RecordingReader().read(recording);
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.sessions().size());
    }

    @Test
    void traceWritesOneChromeTracePerScenarioWithoutLeavingARecording() throws Exception {
        Path trace = temp.resolve("out/run.json");

        int exit = run(scenario("complete"), scenario("device"), "--trace", trace.toString());

        assertEquals(0, exit, out + "\n" + err);
        for (String name : List.of("run-1.json", "run-2.json")) {
            Path file = temp.resolve("out").resolve(name);
            assertTrue(outLines().contains("trace: " + file.toAbsolutePath()), out.toString());
            com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
            assertTrue(json.get("traceEvents").size() > 0, name);
            json.get("traceEvents").forEach(e -> assertTrue(e.hasNonNull("ph"), e.toString()));
        }
        assertFalse(Files.exists(trace), "several scenarios: numbered files only");
        try (var left = Files.list(temp.resolve("out"))) {
            assertEquals(2, left.count(), "no temporary recording is left beside the traces");
        }
    }

    @Test
    void traceOfOneScenarioIsTheNamedFileAndKeepsAGivenRecording() throws Exception {
        Path trace = temp.resolve("one.trace.json");
        Path recording = temp.resolve("one.jsonl");

        int exit = run(scenario("complete"), "--trace", trace.toString(), "--record", recording.toString());

        assertEquals(0, exit, out + "\n" + err);
        assertTrue(Files.readString(trace).startsWith("{\"traceEvents\":["));
        assertEquals(1, new RecordingReader().read(recording).sessions().size());
    }

    @Test
    void theJUnitReportIsValidXmlWithOneTestCasePerExpectation() throws Exception {
        Path junit = temp.resolve("reports/junit.xml");
        Path report = temp.resolve("reports/report.json");

        int exit = run(scenario("mistakes"), scenario("complete"), "--junit", junit.toString(), "--report", report.toString());

        assertEquals(1, exit, out + "\n" + err);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertEquals(2, xml.getElementsByTagName("testsuite").getLength());
        int expectations = RunnerScenarios.parse("mistakes").expectations().size()
                + RunnerScenarios.parse("complete").expectations().size();
        int actionsThatFailed = 1;
        assertEquals(expectations + actionsThatFailed, xml.getElementsByTagName("testcase").getLength());
        assertEquals(2, xml.getElementsByTagName("failure").getLength());
        assertFalse(new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).path("held").asBoolean(true));
    }

    @Test
    void aWorkspaceFolderKeepsWhatTheRunSaved() {
        Path workspace = temp.resolve("workspace");

        int exit = run(scenario("complete"), "--workspace", workspace.toString());

        assertEquals(0, exit, out + "\n" + err);
        assertTrue(Files.isRegularFile(workspace.resolve("settings/Runner.Tests.json")), "local settings persisted");
        assertTrue(Files.isRegularFile(workspace.resolve("registrations.json")), "registrations persisted");
    }

    @Test
    void aPackageFileThePackageLoaderRefusesIsBadInput() throws Exception {
        Files.writeString(temp.resolve("broken.jar"), "not a jar");
        Path scenario = temp.resolve("broken.json");
        Files.writeString(scenario, "{ \"packages\": [\"broken.jar\"], \"steps\": [] }");
        CommandLine command = new CommandLine(new RunCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));

        int exit = command.execute(scenario.toString());

        assertEquals(2, exit, err.toString());
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("broken.jar"), err.toString());
    }
}

package dev.bgsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.pkg.CorpusManifests;
import dev.bgsim.pkg.TestPackageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InspectCommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(InspectCommandTest.class.getResource("/pkg/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    @Test
    void inspectPrintsIdentityAppTasksAndTheNoCodeNoteForCorpus01() {
        assumeTrue(CorpusManifests.folder().isPresent(), CorpusManifests.absentMessage());
        Path file = CorpusManifests.file("01");
        CommandRun run = CommandRun.bgsim("inspect", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Package Microsoft.SDKSamples.BackgroundTask.CS 1.0.0.0\n"), run::toString);
        assertTrue(run.out().contains("Application:\n  App\n    entry point BackgroundTask.App\n"), run::toString);
        assertTrue(run.out().contains("""
                  Tasks.SampleBackgroundTask
                    task types  systemEvent, timer
                    host        default host
                    declared at %s:52:13
                """.formatted(file)), run::toString);
        assertTrue(run.out().contains(file + ": info: no code"), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void inspectJsonOfCorpus01IsOneDocumentWithTheSameFacts() throws Exception {
        assumeTrue(CorpusManifests.folder().isPresent(), CorpusManifests.absentMessage());
        CommandRun run = CommandRun.bgsim("inspect", "--json", CorpusManifests.file("01").toString());
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode root = json.readTree(run.out());
        assertTrue(root.get("loaded").asBoolean());
        assertEquals("Microsoft.SDKSamples.BackgroundTask.CS", root.at("/identity/name").asText());
        assertEquals("1.0.0.0", root.at("/identity/version").asText());
        assertEquals("APPX_MANIFEST", root.at("/source/form").asText());
        assertEquals("NONE", root.at("/source/codeOrigin").asText());
        assertEquals(List.of("Tasks.SampleBackgroundTask", "Tasks.ServicingComplete"), texts(root.get("backgroundTasks"), "entryPoint"));
        assertEquals(List.of("systemEvent", "timer"),
                StreamSupport.stream(root.at("/backgroundTasks/0/taskTypes").spliterator(), false).map(JsonNode::asText).toList());
        assertEquals("DEFAULT_HOST", root.at("/backgroundTasks/0/host/kind").asText());
        assertEquals("info", root.at("/diagnostics/0/severity").asText());
    }

    @Test
    void inspectJsonShowsResourceGroupAndMultipleInstances() throws Exception {
        CommandRun run = CommandRun.bgsim("inspect", "--json", fixture("uap-hosts.appxmanifest").toString());
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode tasks = json.readTree(run.out()).get("backgroundTasks");
        assertEquals(List.of("DEFAULT_HOST", "RESOURCE_GROUP", "MULTIPLE_INSTANCES", "DEFAULT_HOST"),
                StreamSupport.stream(tasks.spliterator(), false).map(t -> t.at("/host/kind").asText()).toList());
        assertEquals("bar", tasks.at("/1/resourceGroup").asText());
        assertEquals("resource group bar", tasks.at("/1/host/description").asText());
        assertTrue(tasks.at("/2/supportsMultipleInstances").asBoolean());
        assertEquals("mediaProcessing", tasks.at("/3/taskTypes/0").asText());
        assertEquals("Tasks.UpdateTask", json.readTree(run.out()).at("/updateTasks/0/entryPoint").asText());
    }

    @Test
    void inspectJsonOfAWindows81ManifestShowsDeviceServicingControlChannelAndExecutable() throws Exception {
        CommandRun run = CommandRun.bgsim("inspect", "--json", fixture("win81-device-comm.appxmanifest").toString());
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode tasks = json.readTree(run.out()).get("backgroundTasks");
        assertEquals("deviceServicing", tasks.at("/0/taskTypes/0").asText());
        assertEquals("controlChannel", tasks.at("/1/taskTypes/0").asText());
        assertEquals("DeviceComm.exe", tasks.at("/1/executable").asText());
        assertTrue(tasks.at("/0/executable").isNull());
    }

    @Test
    void inspectTextShowsRegistrationsAndPlacements() {
        Path jar = TestPackageBuilder.named("Samples.Reg").task("tasks.Tick", "timer")
                .registration("{ \"name\": \"Ticker\", \"entryPoint\": \"tasks.Tick\", \"trigger\": { \"type\": \"time\", \"freshnessMinutes\": 15 },"
                        + " \"conditions\": [\"INTERNET_AVAILABLE\"], \"cancelOnConditionLoss\": true }")
                .registration("{ \"name\": \"InProc\", \"trigger\": { \"type\": \"application\" } }")
                .buildJar(dir);
        CommandRun run = CommandRun.bgsim("inspect", jar.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("""
                Registrations: 2
                  Ticker
                    entry point tasks.Tick
                    trigger     TimeTrigger(freshnessMinutes=15, oneShot=false)
                    conditions  INTERNET_AVAILABLE (cancel on condition loss)
                    host        default host
                  InProc
                    entry point none (in-process)
                    trigger     ApplicationTrigger()
                    host        in-app
                """), run::toString);
        assertTrue(run.out().contains("(from the package jar)"), run::toString);
    }

    @Test
    void inspectOfABrokenPackagePrintsItsErrorsAndExitsWithTwo() throws Exception {
        Path manifest = Files.writeString(dir.resolve("bgsim-manifest.json"), "{\n  \"identity\": { \"name\": \"A\" \"version\": \"1.0\" }\n}\n");
        CommandRun run = CommandRun.bgsim("inspect", manifest.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(manifest + ":2:29: error: malformed JSON: Unexpected character"), run::toString);
        assertTrue(run.err().contains("bgsim inspect: " + manifest + " cannot be read (1 error); fix the errors above"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void inspectJsonOfABrokenPackageSaysNotLoaded() throws Exception {
        CommandRun run = CommandRun.bgsim("inspect", "--json", dir.resolve("missing.jar").toString());
        assertEquals(2, run.exitCode(), run::toString);
        JsonNode root = json.readTree(run.out());
        assertEquals(false, root.get("loaded").asBoolean());
        assertTrue(root.at("/diagnostics/0/message").asText().contains("does not exist"));
    }

    @Test
    void inspectWithCodeOptionChecksTheClasses() {
        Path code = TestPackageBuilder.named("Code").withoutManifest().buildJar(dir, "code.jar");
        CommandRun run = CommandRun.bgsim("inspect", fixture("win81-device-comm.appxmanifest").toString(), "--code", code.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("error: task class DeviceComm.Tasks.FirmwareUpdateTask is not in the code (" + code + ")"), run::toString);
    }

    @Test
    void inspectHelpDescribesTheCommand() {
        CommandRun run = CommandRun.bgsim("inspect", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: bgsim inspect [-hV] [--json] [--code=JAR] PACKAGE"), run::toString);
        assertTrue(run.out().contains("2   the package cannot be read"), run::toString);
    }

    @Test
    void inspectWithoutPackageIsOneLineThatSaysWhatToDo() {
        CommandRun run = CommandRun.bgsim("inspect");
        assertEquals(2, run.exitCode());
        assertEquals("bgsim: Missing required parameter: 'PACKAGE' (see 'bgsim inspect --help')\n", run.err());
    }
}

package dev.bgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * SPEC 2, 8: the official sample's jar (bgsim-manifest.json inside) and its Package.appxmanifest
 * (code through bgsim-code) are two spellings of one package: inspect lists the same identity, app,
 * entry points, task types and hosts, and lint finds no error in either.
 */
class OfficialSampleInspectTest {
    static final Path JAR = Path.of("sample-tasks/official-sample/target/official-sample.jar");
    static final Path APPX = Path.of("sample-tasks/official-sample/appx/Package.appxmanifest");
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode inspect(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file + " is built by the process-classes phase");
        CommandRun run = CommandRun.bgsim("inspect", "--json", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        return json.readTree(run.out());
    }

    /** entry point, task types and host of each declared task, in manifest order. */
    private static List<String> tasks(JsonNode root) {
        return StreamSupport.stream(root.get("backgroundTasks").spliterator(), false)
                .map(t -> t.get("entryPoint").asText() + " " + t.get("taskTypes") + " " + t.at("/host/description").asText())
                .toList();
    }

    @Test
    void jarAndAppxManifestListTheSameEntryPointsAndTaskTypes() throws Exception {
        JsonNode jar = inspect(JAR);
        JsonNode appx = inspect(APPX);
        assertEquals(List.of("tasks.SampleBackgroundTask [\"systemEvent\",\"timer\"] default host",
                "tasks.ServicingComplete [\"systemEvent\"] default host"), tasks(jar));
        assertEquals(tasks(jar), tasks(appx));
        assertEquals(jar.at("/identity/name"), appx.at("/identity/name"));
        assertEquals(jar.at("/identity/version"), appx.at("/identity/version"));
        assertEquals("JAR_WITH_MANIFEST", jar.at("/source/form").asText());
        assertEquals("APPX_MANIFEST", appx.at("/source/form").asText());
        assertFalse(appx.at("/source/codeOrigin").asText().equals("NONE"), "the appx manifest finds its code through bgsim-code");
    }

    @Test
    void textInspectOfBothShowsTheSameTaskLines() {
        List<String> fromJar = taskLines(CommandRun.bgsim("inspect", JAR.toString()).out());
        List<String> fromAppx = taskLines(CommandRun.bgsim("inspect", APPX.toString()).out());
        assertTrue(fromJar.contains("  tasks.SampleBackgroundTask"), fromJar.toString());
        assertEquals(fromJar, fromAppx);
    }

    /** The entry point, task type and host lines (not "declared at", which names different files). */
    private static List<String> taskLines(String out) {
        return out.lines().filter(l -> l.startsWith("  tasks.") || l.contains("task types") || l.contains("host  ")).toList();
    }

    @Test
    void lintFindsNoErrorInEither() {
        // One at a time: together they are two packages with one identity name, which lint refuses.
        for (Path file : List.of(JAR, APPX)) {
            CommandRun run = CommandRun.bgsim("lint", file.toString());
            assertEquals(0, run.exitCode(), run::toString);
        }
    }
}

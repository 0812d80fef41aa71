package dev.bgsim.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: each sample folder's README says which scenario demonstrates what, in a table with a row
 * for every scenario file; a scenario added without its row, or a row left for a removed file, fails.
 */
class SampleReadmesTest {
    private final Path samples = Path.of(System.getProperty("bgsim.samples.dir", "sample-tasks"));

    @Test
    void everySampleReadmeHasOneTableRowPerScenarioFileAndNoRowForAMissingOne() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(samples)) {
            folders = list.filter(d -> Files.isDirectory(d.resolve("scenarios"))).sorted().toList();
        }
        assertTrue(folders.size() >= 4, "the four samples have scenarios: " + folders);
        int scenarios = 0;
        for (Path folder : folders) {
            Path readme = folder.resolve("README.md");
            assertTrue(Files.isRegularFile(readme), readme + " is missing");
            List<String> rows = Files.readAllLines(readme).stream().filter(l -> l.startsWith("| `") && l.contains(".json`")).toList();
            List<String> named = rows.stream().map(l -> l.substring(3, l.indexOf('`', 3))).sorted().toList();
            List<String> files;
            try (Stream<Path> list = Files.list(folder.resolve("scenarios"))) {
                files = list.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            }
            assertEquals(files, named, readme + ": the scenario table's first column against scenarios/*.json");
            scenarios += files.size();
        }
        assertTrue(scenarios >= 20, "issue 7 asks for at least 20 sample scenarios; there are " + scenarios);
    }

    @Test
    void everySampleReadmeSaysWhatItShowsAndHowToOpenItInTheGui() throws IOException {
        try (Stream<Path> list = Files.list(samples)) {
            for (Path folder : list.filter(d -> Files.isDirectory(d.resolve("scenarios"))).toList()) {
                String text = Files.readString(folder.resolve("README.md"));
                assertTrue(text.contains("## Open it"), folder + "/README.md has an \"Open it\" section");
                assertTrue(text.contains("java -jar target/bgsim.jar gui sample-tasks/" + folder.getFileName()),
                        folder + "/README.md shows how to open it in the GUI");
                assertTrue(text.contains("App buttons"), folder + "/README.md says what its app offers under App buttons");
                assertTrue(text.contains("## Scenarios"), folder + "/README.md has a Scenarios section");
            }
        }
    }
}

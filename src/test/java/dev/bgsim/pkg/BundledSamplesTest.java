package dev.bgsim.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 5, 8: the GUI finds the bundled sample jars, as files or inside the fat jar, or where the user points. */
class BundledSamplesTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static URLClassLoader loaderOver(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    @Test
    void samplesThatAreFilesAreUsedInPlaceInIndexOrder() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("samples"));
        Files.writeString(classes.resolve("samples/index.txt"), "# the default set\nzeta\n\nalpha\n");
        Files.write(classes.resolve("samples/zeta.jar"), bytes("z"));
        Files.write(classes.resolve("samples/alpha.jar"), bytes("a"));
        try (URLClassLoader l = loaderOver(classes)) {
            BundledSamples.Found found = new BundledSamples(l, dir.resolve("cache")).locate(null);
            assertEquals(List.of(classes.resolve("samples/zeta.jar"), classes.resolve("samples/alpha.jar")), found.jars());
            assertEquals(List.of(), found.problems());
            assertTrue(Files.notExists(dir.resolve("cache")), "nothing extracted");
        }
    }

    @Test
    void samplesInsideAJarAreExtractedOnceAndRewrittenWhenChanged() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("samples/index.txt", bytes("one\n"));
        entries.put("samples/one.jar", bytes("version 1"));
        Path app = TestJars.write(dir.resolve("app.jar"), entries);
        Path cache = dir.resolve("cache");
        Path extracted;
        try (URLClassLoader l = new URLClassLoader(new URL[] {app.toUri().toURL()}, null)) {
            BundledSamples.Found found = new BundledSamples(l, cache).locate(null);
            extracted = found.jars().get(0);
            assertEquals(cache.resolve("one.jar"), extracted);
            assertEquals("version 1", Files.readString(extracted));
            FileTime old = FileTime.fromMillis(1_000_000L);
            Files.setLastModifiedTime(extracted, old);
            new BundledSamples(l, cache).locate(null);
            assertEquals(old, Files.getLastModifiedTime(extracted), "the same bytes are not written again");
        }
        entries.put("samples/one.jar", bytes("version 2"));
        Path app2 = TestJars.write(dir.resolve("app2.jar"), entries);
        try (URLClassLoader l = new URLClassLoader(new URL[] {app2.toUri().toURL()}, null)) {
            new BundledSamples(l, cache).locate(null);
            assertEquals("version 2", Files.readString(extracted));
        }
    }

    @Test
    void aListedSampleMissingFromTheBuildIsReportedAndTheOthersStillFound() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("samples"));
        Files.writeString(classes.resolve("samples/index.txt"), "gone\nhere\n../evil\n");
        Files.write(classes.resolve("samples/here.jar"), bytes("h"));
        try (URLClassLoader l = loaderOver(classes)) {
            BundledSamples.Found found = new BundledSamples(l, dir.resolve("cache")).locate("");
            assertEquals(List.of(classes.resolve("samples/here.jar")), found.jars());
            assertEquals(2, found.problems().size(), found.problems().toString());
            assertTrue(found.problems().stream().anyMatch(p -> p.contains(":3: \"../evil\" is not a sample name")), found.problems().toString());
            assertTrue(found.problems().stream().anyMatch(p -> p.contains("lists gone but samples/gone.jar is not in the build")),
                    found.problems().toString());
        }
    }

    @Test
    void aBuildWithoutSamplesSaysSo() throws IOException {
        try (URLClassLoader l = loaderOver(dir)) {
            BundledSamples.Found found = new BundledSamples(l, dir.resolve("cache")).locate(null);
            assertEquals(List.of(), found.jars());
            assertTrue(found.problems().get(0).contains("this build has no bundled samples"), found.problems().toString());
        }
    }

    @Test
    void aFolderOverridesTheResourcesWithItsIndexOrEveryJarInNameOrder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Files.write(folder.resolve("b.jar"), bytes("b"));
        Files.write(folder.resolve("a.jar"), bytes("a"));
        Files.writeString(folder.resolve("notes.txt"), "not a jar");
        BundledSamples samples = BundledSamples.ofApplication(dir.resolve("cache"));
        assertEquals(List.of(folder.resolve("a.jar"), folder.resolve("b.jar")), samples.locate(folder.toString()).jars());
        Files.writeString(folder.resolve("index.txt"), "b\n");
        assertEquals(List.of(folder.resolve("b.jar")), samples.locate(folder.toString()).jars());
    }

    @Test
    void noneLoadsNothingAndAMissingFolderIsReported() {
        BundledSamples samples = BundledSamples.ofApplication(dir.resolve("cache"));
        assertEquals(new BundledSamples.Found(List.of(), List.of(), "none"), samples.locate("none"));
        BundledSamples.Found missing = samples.locate(dir.resolve("nowhere").toString());
        assertTrue(missing.problems().get(0).contains("does not exist or is not a folder"), missing.problems().toString());
    }

    @Test
    void theBuildBundlesTheFourSamplePackagesAndEachLoads() {
        BundledSamples.Found found = BundledSamples.ofApplication(dir.resolve("cache")).locate(null);
        assertEquals(List.of(), found.problems());
        assertEquals(List.of("official-sample.jar", "inprocess-sample.jar", "cancellation-gallery.jar", "duplicate-registrations.jar"),
                found.jars().stream().map(p -> p.getFileName().toString()).toList());
        PackageLoader loader = new PackageLoader();
        for (Path jar : found.jars()) {
            PackageLoadResult result = loader.load(jar);
            assertTrue(result.isLoaded(), jar + ": " + result.diagnostics());
        }
    }
}

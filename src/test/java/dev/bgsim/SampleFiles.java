package dev.bgsim;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the sample packages built by the main build are (system property {@code bgsim.samples.dir}, set by surefire). */
public final class SampleFiles {
    private SampleFiles() {
    }

    /** The {@code sample-tasks} folder. */
    public static Path samplesDir() {
        return Path.of(System.getProperty("bgsim.samples.dir", "sample-tasks")).toAbsolutePath().normalize();
    }

    /** {@code sample-tasks/official-sample/target/official-sample.jar}; fails when the build has not made it. */
    public static Path officialSampleJar() {
        Path jar = samplesDir().resolve("official-sample/target/official-sample.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; run ./mvnw verify, which builds the samples first");
        }
        return jar;
    }
}

package dev.bgsim.checker;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample packages the build makes before the tests run: {@code sample-tasks/NAME/target/NAME.jar}. */
public final class SampleJars {
    private SampleJars() {
    }

    /** The jar of sample {@code name} ({@code official-sample}, {@code cancellation-gallery}...); fails when it was not built. */
    public static Path of(String name) {
        Path dir = Path.of(System.getProperty("bgsim.samples.dir", "sample-tasks"));
        Path jar = dir.resolve(name).resolve("target").resolve(name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("sample jar " + jar.toAbsolutePath() + " is missing; the build makes it in process-classes"
                    + " (run ./mvnw -o verify, not the test alone from a clean tree)");
        }
        return jar;
    }
}

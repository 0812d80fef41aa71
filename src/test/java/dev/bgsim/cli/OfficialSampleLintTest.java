package dev.bgsim.cli;

import dev.bgsim.checker.SampleJars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checker's done-when: the official sample lints with no error, in both of its manifests
 * (and as its jar) on every profile, and every warning lint prints is explained in the sample's
 * README under "What bgsim lint says".
 */
class OfficialSampleLintTest {
    private static final Pattern WARNING = Pattern.compile(": warning (BG\\d{3}):");

    static Stream<Arguments> manifestsAndProfiles() {
        Path sample = SampleJars.of("official-sample").getParent().getParent();
        Path jar = SampleJars.of("official-sample");
        List<List<String>> packages = List.of(
                List.of(sample.resolve("appx/Package.appxmanifest").toString()),
                List.of(sample.resolve("package/bgsim-manifest.json").toString(), "--code", jar.toString()),
                List.of(jar.toString()));
        return packages.stream().flatMap(p -> Stream.of("desktop", "mobile-512mb", "strict")
                .map(profile -> Arguments.of(p, profile)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("manifestsAndProfiles")
    void lintsWithNoErrorAndEveryWarningIsExplained(List<String> packageArgs, String profile) throws IOException {
        String[] args = Stream.concat(Stream.of("lint", "--profile", profile), packageArgs.stream()).toArray(String[]::new);
        CommandRun run = CommandRun.bgsim(args);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().lines().noneMatch(l -> l.contains(": error")), run::toString);
        assertTrue(run.out().endsWith("0 errors, " + warnings(run) + " in 1 package\n"), run::toString);
        String explained = readmeSection();
        Matcher warning = WARNING.matcher(run.out());
        while (warning.find()) {
            assertTrue(explained.contains(warning.group(1)), "the README does not explain " + warning.group(1) + ":\n" + run);
        }
    }

    private static String warnings(CommandRun run) {
        long n = run.out().lines().filter(l -> WARNING.matcher(l).find()).count();
        return n + (n == 1 ? " warning" : " warnings");
    }

    /** The README's "What bgsim lint says" section, which must stand just before "Two manifests, one package". */
    private static String readmeSection() throws IOException {
        Path readme = SampleJars.of("official-sample").getParent().getParent().resolve("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf("\n## What bgsim lint says\n");
        int next = text.indexOf("\n## ", start + 1);
        assertTrue(start >= 0, readme + " has no section \"## What bgsim lint says\"");
        assertEquals(next, text.indexOf("\n## Two manifests, one package\n"),
                "\"What bgsim lint says\" stands just before \"Two manifests, one package\" in " + readme);
        return text.substring(start, next);
    }
}

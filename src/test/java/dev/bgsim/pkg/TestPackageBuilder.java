package dev.bgsim.pkg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds real package jars for tests: Java sources compiled against the SDK at test time, plus a
 * {@code bgsim-manifest.json} (generated from the declared tasks, or given verbatim).
 *
 * <pre>{@code
 * Path jar = TestPackageBuilder.named("Samples.Clock")
 *         .task("tasks.TickTask", "timer")
 *         .source("tasks.Helper", "package tasks; public class Helper { }")
 *         .buildJar(tempDir);
 * }</pre>
 */
public final class TestPackageBuilder {
    private final String identityName;
    private String version = "1.0.0.0";
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> taskDeclarations = new ArrayList<>();
    private final List<String> registrations = new ArrayList<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private String manifestJson;
    private boolean withManifest = true;

    private TestPackageBuilder(String identityName) {
        this.identityName = identityName;
    }

    /** A package with this identity name. */
    public static TestPackageBuilder named(String identityName) {
        return new TestPackageBuilder(identityName);
    }

    /** Source of a minimal valid task class (public, public no-arg constructor, implements BackgroundTask). */
    public static String taskSource(String className) {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : "package " + className.substring(0, dot) + ";\n";
        String simple = className.substring(dot + 1);
        return pkg + "public class " + simple + " implements dev.bgsim.sdk.BackgroundTask {\n"
                + "    @Override public void run(dev.bgsim.sdk.BackgroundTaskInstance taskInstance) { }\n"
                + "}\n";
    }

    public TestPackageBuilder version(String newVersion) {
        this.version = newVersion;
        return this;
    }

    /** A valid task class, declared in the generated manifest with these task types (systemEvent when none). */
    public TestPackageBuilder task(String className, String... taskTypes) {
        return taskWithSource(className, taskSource(className), taskTypes);
    }

    /** A task class with its own source (broken on purpose, say), declared in the generated manifest. */
    public TestPackageBuilder taskWithSource(String className, String javaSource, String... taskTypes) {
        sources.put(className, javaSource);
        List<String> types = taskTypes.length == 0 ? List.of("systemEvent") : List.of(taskTypes);
        taskDeclarations.add("{ \"entryPoint\": \"" + className + "\", \"taskTypes\": ["
                + types.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")) + "] }");
        return this;
    }

    /** Any class, compiled into the jar, not declared. */
    public TestPackageBuilder source(String className, String javaSource) {
        sources.put(className, javaSource);
        return this;
    }

    /** A registration object (JSON text) for the generated manifest's "registrations". */
    public TestPackageBuilder registration(String registrationJson) {
        registrations.add(registrationJson);
        return this;
    }

    /** Any other jar entry. */
    public TestPackageBuilder resource(String entryName, String text) {
        resources.put(entryName, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Uses this text as bgsim-manifest.json instead of the generated one. */
    public TestPackageBuilder manifestJson(String json) {
        this.manifestJson = json;
        return this;
    }

    /** Leaves bgsim-manifest.json out: a plain code jar for an appx manifest or a JSON manifest's "code". */
    public TestPackageBuilder withoutManifest() {
        this.withManifest = false;
        return this;
    }

    /** The manifest the jar will hold. */
    public String manifest() {
        if (manifestJson != null) {
            return manifestJson;
        }
        return "{\n"
                + "  \"identity\": { \"name\": \"" + identityName + "\", \"version\": \"" + version + "\" },\n"
                + "  \"backgroundTasks\": [" + String.join(",\n    ", taskDeclarations) + "],\n"
                + "  \"registrations\": [" + String.join(",\n    ", registrations) + "]\n"
                + "}\n";
    }

    /** Compiles and writes {@code dir/<identity name>.jar}. */
    public Path buildJar(Path dir) {
        return buildJar(dir, identityName + ".jar");
    }

    /** Compiles and writes {@code dir/fileName}. */
    public Path buildJar(Path dir, String fileName) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (withManifest) {
            entries.put("bgsim-manifest.json", manifest().getBytes(StandardCharsets.UTF_8));
        }
        if (!sources.isEmpty()) {
            entries.putAll(JavaSourceCompiler.compile(sources));
        }
        entries.putAll(resources);
        return TestJars.write(dir.resolve(fileName), entries);
    }
}

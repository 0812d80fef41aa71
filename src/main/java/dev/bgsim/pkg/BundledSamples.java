package dev.bgsim.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the sample package jars the GUI opens by default (SPEC 5, 8): {@code samples/index.txt}
 * and {@code samples/NAME.jar} among the app's resources (the build puts them there), used in
 * place when they are files and extracted to a folder when they are inside the fat jar; or a
 * folder the user names ({@link #PROPERTY}, {@code --samples}), or none. Nothing is thrown: what
 * could not be found is reported in words.
 */
public final class BundledSamples {
    /** The system property that points elsewhere: a folder with the jars (and optionally index.txt), or {@value #NONE}. */
    public static final String PROPERTY = "bgsim.samples";
    /** The value of {@link #PROPERTY} or {@code --samples} that loads no samples. */
    public static final String NONE = "none";
    static final String INDEX = "index.txt";
    private static final String RESOURCE_FOLDER = "samples/";

    private final ClassLoader resources;
    private final Path extractTo;

    /**
     * @param resources where {@code samples/index.txt} is looked up
     * @param extractTo the folder jars inside a jar are extracted to (created when needed)
     */
    public BundledSamples(ClassLoader resources, Path extractTo) {
        this.resources = resources;
        this.extractTo = extractTo;
    }

    /** Samples from bgsim's own class path. */
    public static BundledSamples ofApplication(Path extractTo) {
        return new BundledSamples(BundledSamples.class.getClassLoader(), extractTo);
    }

    /**
     * What was found.
     *
     * @param jars     the sample jars in index order
     * @param problems what could not be found or extracted, each naming the file and what to do
     * @param source   where they came from, for messages ("bgsim's bundled samples", a folder, "none")
     */
    public record Found(List<Path> jars, List<String> problems, String source) {
        public Found {
            jars = List.copyOf(jars);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The samples: from {@code override} when given (a folder, or {@value #NONE}), else from the
     * resources.
     */
    public Found locate(String override) {
        if (override == null || override.isBlank()) {
            return fromResources();
        }
        if (NONE.equals(override.trim())) {
            return new Found(List.of(), List.of(), NONE);
        }
        return fromFolder(Path.of(override.trim()));
    }

    private Found fromResources() {
        String source = "bgsim's bundled samples";
        URL index = resources.getResource(RESOURCE_FOLDER + INDEX);
        if (index == null) {
            return new Found(List.of(), List.of("this build has no bundled samples (" + RESOURCE_FOLDER + INDEX
                    + " is not on the class path); build with ./mvnw package, or open packages yourself"), source);
        }
        List<Path> jars = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (InputStream in = index.openStream()) {
            for (String name : names(new String(in.readAllBytes(), StandardCharsets.UTF_8), index.toString(), problems)) {
                URL jar = resources.getResource(RESOURCE_FOLDER + name + ".jar");
                if (jar == null) {
                    problems.add(index + " lists " + name + " but " + RESOURCE_FOLDER + name + ".jar is not in the build; rebuild bgsim");
                } else {
                    jars.add(usable(jar, name));
                }
            }
        } catch (IOException | URISyntaxException e) {
            problems.add("cannot read the bundled samples (" + index + "): " + e.getMessage());
        }
        return new Found(jars, problems, source);
    }

    /** The jar as a file: itself when it is one, else extracted (rewritten only when its bytes changed). */
    private Path usable(URL jar, String name) throws IOException, URISyntaxException {
        if ("file".equals(jar.getProtocol())) {
            return Path.of(jar.toURI());
        }
        byte[] bytes;
        try (InputStream in = jar.openStream()) {
            bytes = in.readAllBytes();
        }
        Files.createDirectories(extractTo);
        Path target = extractTo.resolve(name + ".jar");
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return target;
        }
        Path tmp = Files.createTempFile(extractTo, name, ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static Found fromFolder(Path folder) {
        String source = folder.toAbsolutePath().normalize().toString();
        if (!Files.isDirectory(folder)) {
            return new Found(List.of(), List.of("the samples folder " + source + " does not exist or is not a folder; give a folder"
                    + " of package jars (with an optional " + INDEX + "), or " + NONE), source);
        }
        List<String> problems = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        try {
            Path index = folder.resolve(INDEX);
            if (Files.isRegularFile(index)) {
                for (String name : names(Files.readString(index, StandardCharsets.UTF_8), index.toString(), problems)) {
                    Path jar = folder.resolve(name + ".jar");
                    if (Files.isRegularFile(jar)) {
                        jars.add(jar);
                    } else {
                        problems.add(index + " lists " + name + " but " + jar + " does not exist");
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
                }
            }
        } catch (IOException e) {
            problems.add("cannot read the samples folder " + source + ": " + e.getMessage());
        }
        return new Found(jars, problems, source);
    }

    /** The names in an index: one a line, blank lines and {@code #} comments skipped. */
    private static List<String> names(String text, String file, List<String> problems) {
        List<String> names = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (name.matches("[A-Za-z0-9._-]+") && !name.contains("..")) {
                names.add(name);
            } else {
                problems.add(file + ":" + (i + 1) + ": \"" + name + "\" is not a sample name; write one jar name a line,"
                        + " without .jar (letters, digits, '.', '_', '-')");
            }
        }
        return names;
    }
}

package dev.bgsim.checker.lint;

import dev.bgsim.pkg.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The constant-pool references of every class in a package's code jars, by class name (the first
 * jar on the class path wins, as the class loader would have it). Classes that cannot be read are
 * listed in {@link #problems()}, never silently skipped.
 */
public final class CodeIndex {
    private final Map<String, ClassReferences> classes;
    private final List<String> problems;

    private CodeIndex(Map<String, ClassReferences> classes, List<String> problems) {
        this.classes = Map.copyOf(classes);
        this.problems = List.copyOf(problems);
    }

    /** An index with nothing in it: a package without code. */
    public static CodeIndex empty() {
        return new CodeIndex(Map.of(), List.of());
    }

    /** Reads every {@code .class} entry of {@code jars}. */
    public static CodeIndex of(List<Path> jars) {
        Map<String, ClassReferences> classes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                    if (!entry.isDirectory() && entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                        read(file, entry, jar, classes, problems);
                    }
                }
            } catch (IOException e) {
                problems.add(SourceLocation.ofFile(jar.toString()) + ": cannot read the jar: " + e.getMessage());
            }
        }
        return new CodeIndex(classes, problems);
    }

    private static void read(JarFile file, JarEntry entry, Path jar, Map<String, ClassReferences> classes, List<String> problems) {
        try (InputStream in = file.getInputStream(entry)) {
            ClassReferences refs = ClassReferences.read(in.readAllBytes());
            classes.putIfAbsent(refs.className(), refs);
        } catch (IOException e) {
            problems.add(SourceLocation.ofJarEntry(jar.toString(), entry.getName()) + ": cannot read the class: " + e.getMessage());
        }
    }

    /** True when the index holds {@code className}. */
    public boolean contains(String className) {
        return classes.containsKey(className);
    }

    /** Every class read. */
    public Collection<ClassReferences> all() {
        return classes.values();
    }

    /**
     * The references of {@code className} together with its nested classes (lambdas and anonymous
     * listeners live there) and its superclasses inside the package, with theirs: all the code a
     * task object runs.
     */
    public List<ClassReferences> codeOf(String className) {
        List<ClassReferences> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String current = className;
        while (current != null && classes.containsKey(current) && seen.add(current)) {
            String outer = current;
            classes.values().stream().filter(c -> c.className().equals(outer) || c.className().startsWith(outer + "$"))
                    .forEach(found::add);
            current = classes.get(current).superclassName();
        }
        return found;
    }

    /** True when any class in {@code code} uses one of {@code members} ({@code owner.name}). */
    public static boolean usesAny(List<ClassReferences> code, Collection<String> members) {
        return code.stream().anyMatch(c -> members.stream().anyMatch(c.members()::contains));
    }

    /** The first of {@code members} any class in {@code code} uses, or null. */
    public static String firstUsed(List<ClassReferences> code, List<String> members) {
        return members.stream().filter(m -> code.stream().anyMatch(c -> c.members().contains(m))).findFirst().orElse(null);
    }

    /** Classes that could not be read, as {@code location: problem}. */
    public List<String> problems() {
        return problems;
    }
}

package dev.bgsim.pkg;

import dev.bgsim.sdk.BackgroundTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Package code sees the JDK and the SDK only, and each package its own classes. */
class PackageClassLoaderTest {
    /** A class in the package that tries to load a class by name from its own code, as a task would. */
    private static final String PROBE = """
            package probe;
            public class Probe {
                public static String tryLoad(String name) {
                    try {
                        return Class.forName(name).getName();
                    } catch (ClassNotFoundException e) {
                        return "not found";
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private BgsimPackage load(Path jar) throws PackageLoadException {
        return new PackageLoader().load(jar).orElseThrow();
    }

    private static String probe(ClassLoader loader, String className) throws Exception {
        Method tryLoad = loader.loadClass("probe.Probe").getMethod("tryLoad", String.class);
        return (String) tryLoad.invoke(null, className);
    }

    @Test
    void packageCodeCannotSeeBgsimsLibraries() throws Exception {
        BgsimPackage pkg = load(TestPackageBuilder.named("A").task("tasks.T").source("probe.Probe", PROBE).buildJar(dir));
        try (PackageClassLoader loader = PackageClassLoader.open(pkg)) {
            assertEquals("not found", probe(loader, "com.fasterxml.jackson.databind.ObjectMapper"));
            assertEquals("not found", probe(loader, "picocli.CommandLine"));
            ClassNotFoundException e = assertThrows(ClassNotFoundException.class,
                    () -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
            assertTrue(e.getMessage().contains("package code sees only the JDK and the bgsim SDK (dev.bgsim.sdk)"), e.getMessage());
        }
    }

    @Test
    void packageCodeCannotSeeBgsimInternals() throws Exception {
        BgsimPackage pkg = load(TestPackageBuilder.named("A").task("tasks.T").source("probe.Probe", PROBE).buildJar(dir));
        try (PackageClassLoader loader = PackageClassLoader.open(pkg)) {
            assertEquals("not found", probe(loader, "dev.bgsim.pkg.PackageLoader"));
            assertEquals("not found", probe(loader, "dev.bgsim.cli.BgsimCommand"));
            assertEquals(null, loader.getResource("dev/bgsim/pkg/PackageLoader.class"));
        }
    }

    @Test
    void packageCodeSeesTheSdkAndTheJdk() throws Exception {
        BgsimPackage pkg = load(TestPackageBuilder.named("A").task("tasks.T").source("probe.Probe", PROBE).buildJar(dir));
        try (PackageClassLoader loader = PackageClassLoader.open(pkg)) {
            assertSame(BackgroundTask.class, loader.loadClass("dev.bgsim.sdk.BackgroundTask"));
            assertEquals("java.util.List", probe(loader, "java.util.List"));
            assertEquals("java.sql.Connection", probe(loader, "java.sql.Connection"));
            assertTrue(BackgroundTask.class.isAssignableFrom(loader.loadClass("tasks.T")));
        }
    }

    @Test
    void twoPackagesMayShipDifferentVersionsOfTheSameLibrary() throws Exception {
        String library = "package lib; public class Greeting { public static String version() { return \"%s\"; } }";
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        java.nio.file.Files.createDirectories(one);
        java.nio.file.Files.createDirectories(two);
        BgsimPackage first = load(TestPackageBuilder.named("One").task("tasks.T").source("lib.Greeting", library.formatted("1")).buildJar(one));
        BgsimPackage second = load(TestPackageBuilder.named("Two").task("tasks.T").source("lib.Greeting", library.formatted("2")).buildJar(two));
        try (PackageClassLoader a = PackageClassLoader.open(first); PackageClassLoader b = PackageClassLoader.open(second)) {
            Class<?> greetingA = a.loadClass("lib.Greeting");
            Class<?> greetingB = b.loadClass("lib.Greeting");
            assertNotSame(greetingA, greetingB);
            assertEquals("1", greetingA.getMethod("version").invoke(null));
            assertEquals("2", greetingB.getMethod("version").invoke(null));
        }
    }

    @Test
    void loaderIsNamedAfterThePackage() throws Exception {
        BgsimPackage pkg = load(TestPackageBuilder.named("Samples.Named").task("tasks.T").buildJar(dir));
        try (PackageClassLoader loader = PackageClassLoader.open(pkg)) {
            assertEquals("package Samples.Named", loader.getName());
        }
    }
}

package dev.bgsim.pkg;

import dev.bgsim.sdk.BackgroundTask;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles Java sources in memory against the bgsim SDK alone (target/sdk-classes when the build
 * made it, else the main classes), for tests that need real task classes in real jars.
 */
public final class JavaSourceCompiler {
    private JavaSourceCompiler() {
    }

    /**
     * Compiles {@code sources} (class name → source text).
     *
     * @return class file contents by jar entry name ({@code tasks/Foo.class})
     * @throws AssertionError with javac's messages when the sources do not compile
     */
    public static Map<String, byte[]> compile(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AssertionError("no Java compiler: run the tests on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> messages = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new SourceText(name, text)));
        Map<String, ByteArrayOutputStream> output = new LinkedHashMap<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(messages, null, null);
             JavaFileManager files = new InMemoryOutput(standard, output)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-classpath", sdkClassPath().toString());
            boolean ok = javac.getTask(null, files, messages, options, null, units).call();
            if (!ok) {
                throw new AssertionError("test sources do not compile:\n" + messages.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(Object::toString).collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new AssertionError("cannot compile test sources", e);
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        output.forEach((name, bytes) -> classes.put(name.replace('.', '/') + ".class", bytes.toByteArray()));
        return classes;
    }

    /** The SDK classes to compile against. */
    static Path sdkClassPath() {
        try {
            Path mainClasses = Path.of(BackgroundTask.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path sdkOnly = mainClasses.resolveSibling("sdk-classes");
            return Files.isDirectory(sdkOnly.resolve("dev/bgsim/sdk")) ? sdkOnly : mainClasses;
        } catch (URISyntaxException e) {
            throw new AssertionError("cannot locate the SDK classes", e);
        }
    }

    private static final class SourceText extends SimpleJavaFileObject {
        private final String text;

        SourceText(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> output;

        InMemoryOutput(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> output) {
            super(standard);
            this.output = output;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    output.put(className, bytes);
                    return bytes;
                }
            };
        }
    }
}

package dev.bgsim.pkg;

import dev.bgsim.sdk.App;
import dev.bgsim.sdk.BackgroundTask;

import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that every declared task and update task names a class bgsim can run: present in the
 * code jars, public, concrete, with a public no-argument constructor, implementing
 * {@link BackgroundTask}; and the same for the app class ({@link App}). Classes are loaded
 * through the package's own loader without being initialised, so no task code runs. An appx
 * manifest's app class is usually a C# name with no Java port: when it is not in the code, that
 * is a note (the tasks still run), not an error.
 */
final class EntryPointVerifier {
    private final ClassLoader loader;
    private final List<String> jarNames;
    private final Diagnostics diagnostics;

    EntryPointVerifier(ClassLoader loader, List<String> jarNames, Diagnostics diagnostics) {
        this.loader = loader;
        this.jarNames = List.copyOf(jarNames);
        this.diagnostics = diagnostics;
    }

    /** Checks each distinct entry point once, at its first declaration. */
    void verify(BgsimPackage pkg) {
        pkg.app().filter(app -> app.entryPoint() != null).ifPresent(app -> verifyApp(app, pkg.source().form()));
        Set<String> checked = new HashSet<>();
        for (DeclaredTask task : pkg.tasks()) {
            if (task.entryPoint() != null && checked.add(task.entryPoint())) {
                verifyTaskClass(task.entryPoint(), task.locationOf(DeclaredTask.ENTRY_POINT), "task");
            }
        }
        for (UpdateTaskDeclaration update : pkg.updateTasks()) {
            if (checked.add(update.entryPoint())) {
                verifyTaskClass(update.entryPoint(), update.location(), "update task");
            }
        }
    }

    private void verifyApp(ApplicationDeclaration app, PackageForm form) {
        if (form == PackageForm.APPX_MANIFEST && !exists(app.entryPoint())) {
            diagnostics.info(app.location(), "app class " + app.entryPoint() + " is not in the code; the package runs without an app",
                    "declared tasks still run; add a Java class of that name implementing dev.bgsim.sdk.App to run the app and in-process tasks");
            return;
        }
        Class<?> type = load(app.entryPoint(), app.location(), "app");
        if (type != null) {
            verifyShape(type, app.location(), "app", App.class);
        }
    }

    private boolean exists(String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void verifyTaskClass(String className, SourceLocation at, String what) {
        Class<?> type = load(className, at, what);
        if (type != null) {
            verifyShape(type, at, what, BackgroundTask.class);
        }
    }

    private void verifyShape(Class<?> type, SourceLocation at, String what, Class<?> required) {
        String className = type.getName();
        String where = className + " (" + origin(type) + ")";
        if (!Modifier.isPublic(type.getModifiers())) {
            diagnostics.error(at, what + " class " + where + " is not public",
                    "declare it 'public class " + type.getSimpleName() + "' so bgsim can create it");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            diagnostics.error(at, what + " class " + where + " is " + (type.isInterface() ? "an interface" : "abstract"),
                    "name a concrete class that implements " + required.getName());
            return;
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            diagnostics.error(at, what + " class " + where + " is an inner class that needs an enclosing instance",
                    "make it a static nested class or a top-level class");
        }
        if (!required.isAssignableFrom(type)) {
            diagnostics.error(at, what + " class " + where + " does not implement " + required.getName(),
                    required == BackgroundTask.class
                            ? "declare 'public class " + type.getSimpleName() + " implements BackgroundTask' with a run(BackgroundTaskInstance) method"
                            : "declare 'public class " + type.getSimpleName() + " implements App'");
        }
        if (!hasPublicNoArgConstructor(type, at, where, what)) {
            diagnostics.error(at, what + " class " + where + " has no public no-argument constructor",
                    "add 'public " + type.getSimpleName() + "() { }'; bgsim creates a new object for every activation");
        }
    }

    private Class<?> load(String className, SourceLocation at, String what) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            diagnostics.error(at, what + " class " + className + " is not in the code (" + String.join(", ", jarNames) + ")",
                    "check the name (case and package count) or add the jar that holds " + className.replace('.', '/') + ".class");
        } catch (UnsupportedClassVersionError e) {
            diagnostics.error(at, what + " class " + className + " was compiled for a newer Java than this bgsim runs on ("
                    + Runtime.version().feature() + "): " + e.getMessage(), "compile the package with --release 17");
        } catch (LinkageError e) {
            diagnostics.error(at, what + " class " + className + " cannot be loaded: " + e,
                    "a class it needs is missing from the code jars, or its class file is damaged; rebuild the jar with its libraries");
        }
        return null;
    }

    private boolean hasPublicNoArgConstructor(Class<?> type, SourceLocation at, String where, String what) {
        try {
            type.getConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        } catch (LinkageError e) {
            diagnostics.error(at, what + " class " + where + " refers to a class that cannot be loaded: " + e,
                    "add the missing library to the package's code jars");
            return true;
        }
    }

    /** "tasks/Foo.class in tasks.jar", for messages about a class that was found. */
    private static String origin(Class<?> type) {
        String entry = type.getName().replace('.', '/') + ".class";
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return entry;
        }
        try {
            return entry + " in " + Path.of(source.getLocation().toURI()).getFileName();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return entry + " in " + source.getLocation();
        }
    }
}

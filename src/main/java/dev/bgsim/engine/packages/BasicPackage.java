package dev.bgsim.engine.packages;

import dev.bgsim.sdk.BackgroundTrigger;
import dev.bgsim.sdk.SystemConditionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A package assembled in code: for tests (task classes from the test class path) and for
 * adapters. Immutable; build with {@link #builder(String)}.
 */
public record BasicPackage(String identityName, String version, Optional<String> appEntryPoint,
                           Set<String> capabilities, List<DeclaredTask> declaredTasks,
                           List<ManifestRegistration> registrations, ClassLoader classLoader,
                           List<java.nio.file.Path> codeJars) implements SimPackage {
    public BasicPackage {
        codeJars = List.copyOf(codeJars);
    }

    public static Builder builder(String identityName) {
        return new Builder(identityName);
    }

    /** Fluent builder. */
    public static final class Builder {
        private final String name;
        private String version = "1.0.0.0";
        private String app;
        private final Set<String> capabilities = new LinkedHashSet<>();
        private final List<DeclaredTask> tasks = new ArrayList<>();
        private final List<ManifestRegistration> registrations = new ArrayList<>();
        private ClassLoader loader = BasicPackage.class.getClassLoader();
        private List<java.nio.file.Path> codeJars = List.of();

        Builder(String name) {
            this.name = name;
        }

        public Builder version(String v) {
            version = v;
            return this;
        }

        public Builder app(Class<?> appClass) {
            app = appClass.getName();
            return this;
        }

        public Builder capability(String c) {
            capabilities.add(c);
            return this;
        }

        /** Declares a task in the default host. */
        public Builder task(Class<?> entryPoint, String... taskTypes) {
            tasks.add(new DeclaredTask(entryPoint.getName(), Set.of(taskTypes), null, false));
            return this;
        }

        public Builder task(DeclaredTask task) {
            tasks.add(task);
            return this;
        }

        /** A manifest registration. */
        public Builder registration(String regName, Class<?> entryPoint, BackgroundTrigger trigger,
                                    SystemConditionType... conditions) {
            registrations.add(new ManifestRegistration(regName, entryPoint == null ? null : entryPoint.getName(),
                    trigger, Arrays.asList(conditions), conditions.length > 0));
            return this;
        }

        public Builder registration(ManifestRegistration r) {
            registrations.add(r);
            return this;
        }

        public Builder classLoader(ClassLoader l) {
            loader = l;
            return this;
        }

        /**
         * The jars that hold the task classes (the class loader should load from them too): with
         * them, out-of-process tasks run in child-JVM hosts; without, in bgsim's JVM.
         */
        public Builder codeJars(List<java.nio.file.Path> jars) {
            codeJars = List.copyOf(jars);
            return this;
        }

        public BasicPackage build() {
            return new BasicPackage(name, version, Optional.ofNullable(app), Set.copyOf(capabilities), List.copyOf(tasks),
                    List.copyOf(registrations), loader, codeJars);
        }
    }
}

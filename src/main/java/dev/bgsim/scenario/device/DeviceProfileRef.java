package dev.bgsim.scenario.device;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The device profile a scenario runs on (SPEC 3.2): a built-in one by name, or a custom JSON
 * profile file (resolved against the scenario file's folder).
 */
public sealed interface DeviceProfileRef {

    /** The built-in profile names, in the order the GUI lists them. */
    List<String> BUILT_IN_NAMES = List.of("desktop", "mobile-512mb", "mobile-1gb", "mobile-2gb", "xbox", "iot", "strict");

    /** The profile used when a scenario names none. */
    DeviceProfileRef DEFAULT = new BuiltIn("desktop");

    /** How the profile is written in a scenario file. */
    String describe();

    /** A built-in profile, one of {@link #BUILT_IN_NAMES}. */
    record BuiltIn(String name) implements DeviceProfileRef {
        public BuiltIn {
            if (!BUILT_IN_NAMES.contains(name)) {
                throw new IllegalArgumentException("no built-in profile \"" + name + "\"; built-in: " + BUILT_IN_NAMES);
            }
        }

        @Override
        public String describe() {
            return name;
        }
    }

    /** A custom profile read from a JSON file. */
    record CustomFile(Path file) implements DeviceProfileRef {
        public CustomFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }
}

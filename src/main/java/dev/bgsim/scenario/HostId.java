package dev.bgsim.scenario;

import java.util.Objects;

/**
 * A task host process (SPEC 3.8), named in scenario files by text:
 * <ul>
 *   <li>{@code PACKAGE/default} — the package's default out-of-process host;</li>
 *   <li>{@code PACKAGE/group:NAME} — the host of resource group {@code NAME};</li>
 *   <li>{@code PACKAGE/instance:REGISTRATION#N} — the host started for the N-th instance of a
 *       registration whose task supports multiple instances (one host per activation).</li>
 * </ul>
 * The app's own process, which hosts in-process tasks, is addressed as the app (by package),
 * not as a host.
 */
public sealed interface HostId {

    /** What a valid host id looks like, for error messages. */
    String EXPECTED_FORMS = "write PACKAGE/default, PACKAGE/group:NAME or PACKAGE/instance:REGISTRATION#N";

    /** The identity name of the package the host belongs to. */
    String packageName();

    /** The canonical text, which {@link #parse} reads back. */
    String text();

    /** The package's default host. */
    record DefaultHost(String packageName) implements HostId {
        public DefaultHost {
            requireName(packageName, "packageName");
        }

        @Override
        public String text() {
            return packageName + "/default";
        }
    }

    /** The host of one resource group. */
    record GroupHost(String packageName, String group) implements HostId {
        public GroupHost {
            requireName(packageName, "packageName");
            requireName(group, "group");
        }

        @Override
        public String text() {
            return packageName + "/group:" + group;
        }
    }

    /** The host of one activation of a task that supports multiple instances. */
    record InstanceHost(String packageName, String registration, int instance) implements HostId {
        public InstanceHost {
            requireName(packageName, "packageName");
            requireName(registration, "registration");
            if (instance < 1) {
                throw new IllegalArgumentException("instance numbers start at 1, got " + instance);
            }
        }

        @Override
        public String text() {
            return packageName + "/instance:" + registration + "#" + instance;
        }
    }

    /**
     * Reads a host id.
     *
     * @throws IllegalArgumentException saying what is wrong (pair it with {@link #EXPECTED_FORMS})
     */
    static HostId parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("host \"" + text + "\" does not name a package and a host");
        }
        String packageName = text.substring(0, slash);
        String host = text.substring(slash + 1);
        if (host.equals("default")) {
            return new DefaultHost(packageName);
        }
        if (host.startsWith("group:") && host.length() > "group:".length()) {
            return new GroupHost(packageName, host.substring("group:".length()));
        }
        if (host.startsWith("instance:")) {
            return parseInstanceHost(text, packageName, host.substring("instance:".length()));
        }
        throw new IllegalArgumentException("host \"" + text + "\" has an unknown host part \"" + host + "\"");
    }

    private static HostId parseInstanceHost(String text, String packageName, String instance) {
        int hash = instance.lastIndexOf('#');
        String number = hash < 0 ? "" : instance.substring(hash + 1);
        if (hash <= 0 || !number.matches("[1-9]\\d{0,8}")) {
            throw new IllegalArgumentException("host \"" + text + "\" must end in #N, the instance number counting from 1");
        }
        return new InstanceHost(packageName, instance.substring(0, hash), Integer.parseInt(number));
    }

    private static void requireName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}

package dev.bgsim.scenario.expect;

import dev.bgsim.scenario.HostId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Narrows events or findings to those about one subject; every given field must match, none
 * given matches everything.
 *
 * @param packageName  the package
 * @param registration the registration name
 * @param instance     the instance number of that registration (needs {@code registration})
 * @param host         the host
 */
public record SubjectFilter(Optional<String> packageName, Optional<String> registration, OptionalInt instance,
                            Optional<HostId> host) {

    /** Matches every subject. */
    public static final SubjectFilter ANY = new SubjectFilter(Optional.empty(), Optional.empty(),
            OptionalInt.empty(), Optional.empty());

    public SubjectFilter {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(host, "host");
        if (instance.isPresent() && registration.isEmpty()) {
            throw new IllegalArgumentException("an instance number needs a registration");
        }
    }

    /** True when nothing narrows the subject. */
    public boolean matchesAny() {
        return equals(ANY);
    }

    /** {@code " for package P, registration R#1"}, or nothing. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        packageName.ifPresent(p -> parts.add("package " + p));
        registration.ifPresent(r -> parts.add("registration " + r
                + (instance.isPresent() ? "#" + instance.getAsInt() : "")));
        host.ifPresent(h -> parts.add("host " + h.text()));
        return parts.isEmpty() ? "" : " for " + String.join(", ", parts);
    }
}

package dev.bgsim.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * Names the registrations a step is about. Registration names are not unique (SPEC 3.3), so a
 * reference means every registration of that name, optionally only those of one package.
 *
 * @param name        the registration name ({@code BackgroundTaskRegistration.getName()})
 * @param packageName the package identity name, when the scenario narrows it down
 */
public record RegistrationRef(String name, Optional<String> packageName) {

    public RegistrationRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(packageName, "packageName");
    }

    /** Every registration named {@code name}, in any package. */
    public static RegistrationRef named(String name) {
        return new RegistrationRef(name, Optional.empty());
    }

    /** {@code PACKAGE/NAME} or just {@code NAME}. */
    public String describe() {
        return packageName.map(p -> p + "/" + name).orElse(name);
    }
}

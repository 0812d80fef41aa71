package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.HostId;
import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.scenario.RegistrationRef;

import java.util.Optional;

/**
 * Reads the ways a step names what it is about, the same in actions and expectations:
 * {@code "registration"} (with an optional {@code "package"}), plus {@code "instance"} for one
 * instance, and {@code "host"}.
 */
final class Addresses {

    static final String REGISTRATION_EXAMPLE = "\"registration\": \"SampleBackgroundTask\"";
    static final String INSTANCE_EXAMPLE = "\"instance\": 1 (the first instance started)";

    private Addresses() {
    }

    /** A required {@code "registration"}, narrowed by an optional {@code "package"}. */
    static Optional<RegistrationRef> registration(FieldReader fields) {
        fields.require("registration", REGISTRATION_EXAMPLE);
        Optional<String> name = fields.string("registration");
        Optional<String> packageName = fields.string("package");
        return name.map(n -> new RegistrationRef(n, packageName));
    }

    /** A required {@code "registration"} and {@code "instance"}. */
    static Optional<InstanceRef> instance(FieldReader fields) {
        Optional<RegistrationRef> registration = registration(fields);
        fields.require("instance", INSTANCE_EXAMPLE);
        Optional<Integer> number = fields.wholeNumber("instance", 1, Integer.MAX_VALUE);
        if (registration.isEmpty() || number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InstanceRef(registration.get(), number.get()));
    }

    /** A host id in {@code field}, when present and valid. */
    static Optional<HostId> host(FieldReader fields, String field) {
        Optional<String> text = fields.string(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HostId.parse(text.get()));
        } catch (IllegalArgumentException e) {
            fields.problems().add(fields.value(field).orElseThrow().location(), e.getMessage(), HostId.EXPECTED_FORMS);
            return Optional.empty();
        }
    }
}

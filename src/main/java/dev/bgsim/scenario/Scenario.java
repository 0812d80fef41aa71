package dev.bgsim.scenario;

import dev.bgsim.scenario.device.DeviceProfileRef;
import dev.bgsim.scenario.device.DeviceSetting;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated scenario file (SPEC 6.2): what to load, the device state to start from, and the
 * timed steps to run and check.
 *
 * @param name     what the scenario shows (the file name when the file gives none)
 * @param source   the scenario file
 * @param profile  the device profile to start with
 * @param start    the simulated clock's start instant, when the file sets one (otherwise the
 *                 engine's default, SPEC 3.1)
 * @param packages package files to load, resolved against the scenario file's folder
 * @param initial  device and policy settings applied before the first step, in file order
 * @param steps    the script, in non-decreasing {@code at} order
 */
public record Scenario(String name, Path source, DeviceProfileRef profile, Optional<Instant> start,
                       List<Path> packages, List<DeviceSetting> initial, List<Step> steps) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(start, "start");
        packages = List.copyOf(packages);
        initial = List.copyOf(initial);
        steps = List.copyOf(steps);
    }

    /** The steps that check something, in order: what {@code N passed, N failed} counts. */
    public List<ExpectationStep> expectations() {
        return steps.stream()
                .filter(ExpectationStep.class::isInstance)
                .map(ExpectationStep.class::cast)
                .toList();
    }
}

package dev.bgsim.scenario.run;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.CommandResult;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.device.DeviceState;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.PackageLoadResult;
import dev.bgsim.pkg.PackageLoader;
import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.device.DeviceSetting;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything that happens before a scenario's first step: the engine's configuration (profile,
 * start instant, the {@code initial} device state, speed and time skipping, started paused), the
 * packages, and the {@code initial} access settings, which need the packages loaded.
 *
 * <p>The {@code initial} device fields are the state the engine starts in, not changes applied
 * after it started: they raise no system events (a device that starts on battery has not just
 * been unplugged).
 */
final class RunSetup {
    private final Scenario scenario;

    RunSetup(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The engine's configuration for this scenario. */
    EngineConfig engineConfig() {
        initial().forEach(DeviceSettings::requireSupported);
        EngineConfig defaults = EngineConfig.defaults();
        DeviceProfile profile = DeviceSettings.profile(scenario.profile());
        DeviceState device = DeviceState.initial();
        double speed = defaults.speed();
        boolean timeSkipping = defaults.timeSkipping();
        for (DeviceSetting setting : initial()) {
            device = DeviceSettings.applyTo(device, setting);
            if (setting instanceof DeviceSetting.Profile p) {
                profile = DeviceSettings.profile(p.profile());
            } else if (setting instanceof DeviceSetting.Speed s) {
                speed = s.factor();
            } else if (setting instanceof DeviceSetting.TimeSkipping t) {
                timeSkipping = t.enabled();
            }
        }
        return new EngineConfig(scenario.start().orElse(EngineConfig.DEFAULT_START), profile, device, speed,
                timeSkipping, true, defaults.busyThreshold(), defaults.ticker(), defaults.wallClock(),
                defaults.skipPolicy());
    }

    /**
     * Opens and loads the scenario's packages into the session, then applies the initial access
     * settings.
     *
     * @throws RunStoppedException when a package cannot be opened or loaded, or access cannot be set
     */
    void loadPackagesAndAccess(EngineSession session, ScenarioPackages packages) {
        for (Path file : scenario.packages()) {
            Command load;
            try {
                load = packages.load(file);
            } catch (PackageOpenException e) {
                throw new RunStoppedException("package " + file + " cannot be loaded: " + e.getMessage(), e);
            }
            CommandResult loaded = session.apply(load);
            if (!loaded.ok()) {
                throw new RunStoppedException("package " + file + " was refused: " + loaded.message());
            }
        }
        for (DeviceSetting setting : initial()) {
            if (setting instanceof DeviceSetting.Access access) {
                CommandResult set = session.apply(DeviceSettings.commands(List.of(access)).get(0));
                if (!set.ok()) {
                    throw new RunStoppedException("initial " + access.describe() + " was refused: " + set.message());
                }
            }
        }
    }

    /**
     * What stands in the way of running the scenario that can be known before it runs: a custom
     * profile that cannot be read, an initial setting the engine lacks, a package that cannot be
     * opened. Empty when it can run.
     */
    List<String> problems(Optional<PackageOpener> opener) {
        List<String> problems = new ArrayList<>();
        try {
            engineConfig();
        } catch (UncheckedIOException | IllegalArgumentException | NotSupportedYetException e) {
            problems.add(scenario.source() + ": " + e.getMessage());
        }
        for (Path file : scenario.packages()) {
            packageProblems(file, opener).forEach(p -> problems.add(scenario.source() + ": package " + file + ": " + p));
        }
        return problems;
    }

    /** What refuses the package at {@code file}: the package loader's errors, or the opener's. */
    private static List<String> packageProblems(Path file, Optional<PackageOpener> opener) {
        if (opener.isEmpty()) {
            PackageLoadResult read = new PackageLoader().load(file);
            return read.errors().stream().map(Diagnostic::format).toList();
        }
        try (PackageOpener.OpenedPackage ignored = opener.get().open(file)) {
            return List.of();
        } catch (PackageOpenException e) {
            return e.problems();
        }
    }

    private List<DeviceSetting> initial() {
        return scenario.initial();
    }
}

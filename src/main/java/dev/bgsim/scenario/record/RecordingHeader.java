package dev.bgsim.scenario.record;

import dev.bgsim.engine.EngineConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The first line of a recorded session: what wrote it and what it ran on.
 *
 * @param formatVersion the recording format ({@link #FORMAT_VERSION} when written by this build)
 * @param bgsimVersion  the bgsim build that wrote it
 * @param title         what the session was (a scenario's name, "GUI session"...); may be empty
 * @param profile       the device profile the engine started on
 * @param start         the simulated instant the clock started at
 * @param created       wall time the recording started
 * @param packages      the packages known when the session started, with file hashes
 */
public record RecordingHeader(int formatVersion, String bgsimVersion, String title, String profile, Instant start,
                              Instant created, List<RecordedPackage> packages) {
    /** The format this build writes; it reads this one and, as far as it can, later ones. */
    public static final int FORMAT_VERSION = 1;

    public RecordingHeader {
        Objects.requireNonNull(bgsimVersion, "bgsimVersion");
        title = title == null ? "" : title;
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(created, "created");
        packages = List.copyOf(packages);
    }

    /** A header for an engine started with {@code config}, written now by this build. */
    public static RecordingHeader of(EngineConfig config, String title, List<RecordedPackage> packages, Clock wallClock) {
        return new RecordingHeader(FORMAT_VERSION, BuildVersion.current(), title, config.profile().name(),
                config.start(), wallClock.instant(), packages);
    }

    /** This header with more packages (a session that opened packages after it started). */
    public RecordingHeader withPackages(List<RecordedPackage> more) {
        List<RecordedPackage> all = new java.util.ArrayList<>(packages);
        all.addAll(more);
        return new RecordingHeader(formatVersion, bgsimVersion, title, profile, start, created, all);
    }
}

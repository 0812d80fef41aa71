package dev.bgsim.scenario.record;

/** The version of this bgsim build, as written in recording headers. */
final class BuildVersion {
    private BuildVersion() {
    }

    /** The jar's Implementation-Version, or "dev" when run from classes rather than the jar. */
    static String current() {
        String v = BuildVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

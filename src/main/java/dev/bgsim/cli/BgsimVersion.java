package dev.bgsim.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code bgsim --version}: the jar's Implementation-Version. */
public final class BgsimVersion implements IVersionProvider {

    /** The version of this build, or "dev" when run from classes rather than the jar. */
    public static String current() {
        String v = BgsimVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bgsim " + current(), "Java " + Runtime.version()};
    }
}

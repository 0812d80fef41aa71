package dev.bgsim.pkg;

import java.util.Comparator;

/**
 * A package version as Windows writes it, {@code Major.Minor.Build.Revision}, each part 0 to
 * 65535. Versions compare part by part, so an update can be told from a downgrade.
 */
public record PackageVersion(int major, int minor, int build, int revision) implements Comparable<PackageVersion> {

    private static final int MAX_PART = 65535;
    private static final Comparator<PackageVersion> ORDER = Comparator.comparingInt(PackageVersion::major)
            .thenComparingInt(PackageVersion::minor)
            .thenComparingInt(PackageVersion::build)
            .thenComparingInt(PackageVersion::revision);

    public PackageVersion {
        checkPart(major);
        checkPart(minor);
        checkPart(build);
        checkPart(revision);
    }

    /**
     * Reads {@code "1.0.0.0"}. One to four parts are accepted ({@code "2.1"} is 2.1.0.0), because
     * hand-written bgsim manifests often shorten the version; appx manifests always have four.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static PackageVersion parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            throw new IllegalArgumentException(invalid(text));
        }
        int[] values = new int[4];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9]{1,5}")) {
                throw new IllegalArgumentException(invalid(text));
            }
            values[i] = Integer.parseInt(parts[i]);
            if (values[i] > MAX_PART) {
                throw new IllegalArgumentException(invalid(text));
            }
        }
        return new PackageVersion(values[0], values[1], values[2], values[3]);
    }

    private static String invalid(String text) {
        return "version \"" + text + "\" is not Major.Minor.Build.Revision with numbers from 0 to 65535, e.g. \"1.0.0.0\"";
    }

    private static void checkPart(int part) {
        if (part < 0 || part > MAX_PART) {
            throw new IllegalArgumentException("version part " + part + " is outside 0..65535");
        }
    }

    @Override
    public int compareTo(PackageVersion other) {
        return ORDER.compare(this, other);
    }

    /** {@code 1.0.0.0}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + build + "." + revision;
    }
}

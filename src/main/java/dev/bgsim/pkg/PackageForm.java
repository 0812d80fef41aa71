package dev.bgsim.pkg;

/** Which of the three package forms of SPEC section 2 a package was read from. Only reports and messages look at it. */
public enum PackageForm {
    /** A jar with {@code bgsim-manifest.json} at its root. */
    JAR_WITH_MANIFEST("jar with bgsim-manifest.json"),
    /** A {@code bgsim-manifest.json} file whose {@code "code"} lists jars. */
    JSON_MANIFEST("bgsim-manifest.json"),
    /** A UWP {@code Package.appxmanifest} or {@code AppxManifest.xml}. */
    APPX_MANIFEST("appx manifest");

    private final String description;

    PackageForm(String description) {
        this.description = description;
    }

    /** Words for reports: "appx manifest". */
    public String description() {
        return description;
    }
}

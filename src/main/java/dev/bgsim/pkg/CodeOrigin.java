package dev.bgsim.pkg;

/** Where the code jars of a package came from; reports say it so a user knows what was run. */
public enum CodeOrigin {
    /** The package is a jar: the jar is the code (plus any jars its manifest lists). */
    PACKAGE_JAR("the package jar"),
    /** The {@code "code"} list of bgsim-manifest.json. */
    MANIFEST_CODE_LIST("the manifest's \"code\" list"),
    /** The {@code --code JAR} option. */
    CODE_OPTION("the --code option"),
    /** A {@code bgsim-code} file next to the appx manifest. */
    BGSIM_CODE_FILE("the bgsim-code file"),
    /** No code: the package can be inspected and linted, not run. */
    NONE("no code");

    private final String description;

    CodeOrigin(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

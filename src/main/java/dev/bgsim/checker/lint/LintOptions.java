package dev.bgsim.checker.lint;

/**
 * What the device profile changes about static findings.
 *
 * @param profile                   the profile's name ({@code desktop}, {@code strict}...)
 * @param refuseUndeclaredTaskTypes the profile refuses a registration whose task type is not declared,
 *                                  so BG301 is an error, not a warning
 */
public record LintOptions(String profile, boolean refuseUndeclaredTaskTypes) {
    /** The default: the desktop profile. */
    public static LintOptions desktop() {
        return new LintOptions("desktop", false);
    }
}

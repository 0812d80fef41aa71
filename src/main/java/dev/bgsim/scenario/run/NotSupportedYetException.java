package dev.bgsim.scenario.run;

/**
 * A step needs an engine command or view that this build of the engine does not have yet (app
 * lifecycle, app-signalled triggers, the checker...). The step fails with
 * {@code not supported by this engine yet: ...}: a scenario never passes by skipping what it
 * could not do.
 */
final class NotSupportedYetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The text every such failure starts with. */
    static final String PREFIX = "not supported by this engine yet: ";

    NotSupportedYetException(String what) {
        super(PREFIX + what);
    }
}

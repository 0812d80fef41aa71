package dev.bgsim;

import dev.bgsim.cli.BgsimCommand;

/**
 * Entry point of {@code bgsim.jar}. Deliberately not a JavaFX {@code Application}: with a
 * subcommand bgsim runs headless and never initialises JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(BgsimCommand.execute(args));
    }
}

package dev.bgsim.ui;

import javafx.application.Application;

/**
 * How the command line opens the GUI: a plain class, so the CLI needs no JavaFX import and the
 * jar's main class need not extend {@code Application}.
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Opens the main window with these package files loaded; returns when the window closes. */
    public static int launch(String... packageFiles) {
        // Off the main thread: the JMX call costs half a second of class loading, which the
        // toolkit's own start-up can overlap.
        Thread jit = new Thread(() -> StartupTrace.fromSystemProperties().mark(StartupJit.begin()), "bgsim-startup-jit");
        jit.setDaemon(true);
        jit.start();
        Application.launch(BgsimApp.class, packageFiles);
        return 0;
    }
}

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
        Application.launch(BgsimApp.class, packageFiles);
        return 0;
    }
}

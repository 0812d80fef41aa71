package dev.bgsim.ui;

import javafx.application.Application;

/** Starts {@link DemoApp} from a class that is not an Application (the classpath launch check). */
public final class DemoMain {
    private DemoMain() {
    }

    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }
}

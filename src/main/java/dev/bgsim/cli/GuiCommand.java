package dev.bgsim.cli;

import dev.bgsim.ui.GuiLauncher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bgsim gui [PACKAGE...]}: opens the main window with these packages loaded. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the simulator window, with the given package files (jars, manifests) loaded.")
final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PACKAGE", description = "bgsim-manifest.json, jar or appxmanifest files")
    private List<String> packages = new ArrayList<>();

    @Override
    public Integer call() {
        return GuiLauncher.launch(packages.toArray(String[]::new));
    }
}

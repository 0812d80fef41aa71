package dev.bgsim.cli;

import dev.bgsim.ui.GuiLauncher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bgsim gui [PACKAGE...] [--samples FOLDER|none] [--open RECORDING] [--workspace DIR]}: opens the main window
 * with packages loaded, and/or a recording read-only.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the simulator window with the given package files (jars, manifests) loaded;",
                "without any, the bundled sample packages are loaded."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PACKAGE",
            description = "bgsim-manifest.json, jar or appxmanifest files to load instead of the samples")
    private List<String> packages = new ArrayList<>();


    @Option(names = "--debug-hosts", paramLabel = "MODE", arity = "0..1", fallbackValue = "on",
            description = "Start every task host with a Java debugger port on 127.0.0.1 (SPEC 3.7): on, wait (the host"
                    + " waits for the debugger), either with ,enforce to keep time limits (off while debugging otherwise)."
                    + " The port of each host is printed (run) or shown in the host list (gui).")
    private String debugHosts;

    @Option(names = "--samples", paramLabel = "FOLDER|none",
            description = "load the sample jars of FOLDER (its index.txt order, else every jar) instead of the bundled ones,"
                    + " or none; ignored when PACKAGEs are given")
    private String samples;

    @Option(names = "--open", paramLabel = "RECORDING",
            description = "open a recording (.jsonl from 'bgsim run --record' or an earlier GUI session) read-only,"
                    + " with a scrubber to replay it; alone it opens only the recording")
    private java.nio.file.Path open;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "keep registrations, local settings, access settings, window preferences and session"
                    + " recordings in DIR instead of ~/.bgsim/workspace")
    private java.nio.file.Path workspace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (debugHosts != null) {
            try {
                dev.bgsim.engine.host.ChildHosts.Debugging.fromProperty(debugHosts);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("bgsim gui: --debug-hosts " + debugHosts
                        + " is not a mode: write on, wait, on,enforce or wait,enforce");
                spec.commandLine().getErr().flush();
                return BgsimCommand.EXIT_BAD_INPUT;
            }
            System.setProperty(dev.bgsim.engine.host.ChildHosts.DEBUG_PROPERTY, debugHosts);
        }
        if (open != null && !java.nio.file.Files.isReadable(open)) {
            spec.commandLine().getErr().println("bgsim gui: cannot read the recording " + open.toAbsolutePath()
                    + "; give the path of a .jsonl file");
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        List<String> args = new ArrayList<>(packages);
        if (open != null) {
            args.add("--" + dev.bgsim.ui.BgsimApp.OPEN_PARAMETER + "=" + open.toAbsolutePath());
        }
        if (samples != null) {
            args.add("--samples=" + samples);
        }
        if (workspace != null) {
            if (java.nio.file.Files.exists(workspace) && !java.nio.file.Files.isDirectory(workspace)) {
                spec.commandLine().getErr().println("bgsim gui: --workspace " + workspace.toAbsolutePath()
                        + " is a file; give a folder (it is created when missing)");
                return BgsimCommand.EXIT_BAD_INPUT;
            }
            args.add("--" + dev.bgsim.ui.BgsimApp.WORKSPACE_PARAMETER + "=" + workspace.toAbsolutePath());
        }
        return GuiLauncher.launch(args.toArray(String[]::new));
    }
}

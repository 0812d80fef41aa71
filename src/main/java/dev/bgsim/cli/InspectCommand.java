package dev.bgsim.cli;

import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.PackageLoadResult;
import dev.bgsim.pkg.PackageLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code bgsim inspect PACKAGE}: what bgsim read from a package (SPEC 6.3). */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = {"Shows what bgsim read from a package: identity and version, application(s), each declared task "
                + "(entry point, task types, host), update task, capabilities, registrations and diagnostics."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the package was read", "2:the package cannot be read (its errors are printed as file:line:col: error: message)"})
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PACKAGE",
            description = "a .jar with bgsim-manifest.json at its root, a bgsim-manifest.json, a Package.appxmanifest / "
                    + "AppxManifest.xml, or a folder holding one")
    Path packagePath;

    @Option(names = "--code", paramLabel = "JAR",
            description = "the jar with the Java classes of an appx manifest (without it, a bgsim-code file next to the manifest is read)")
    Path code;

    @Option(names = "--json", description = "print the report as one JSON document")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PackageLoadResult result = new PackageLoader().load(packagePath, code);
        if (json) {
            out.println(new PackageReportJson().write(result));
        }
        if (!result.isLoaded()) {
            DiagnosticLines.print(result.errors(), err);
            err.println("bgsim inspect: " + packagePath + " cannot be read ("
                    + DiagnosticLines.plural(result.errors().size(), "error") + "); fix the errors above and run again");
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        if (!json) {
            BgsimPackage pkg = result.loadedPackage().orElseThrow();
            new PackageReportText(out).print(pkg, result.diagnostics());
        }
        return 0;
    }
}

package dev.bgsim.cli;

import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.ManifestRegistrationChecks;
import dev.bgsim.pkg.PackageCatalog;
import dev.bgsim.pkg.PackageLoadResult;
import dev.bgsim.pkg.PackageLoader;
import dev.bgsim.pkg.Severity;
import dev.bgsim.pkg.StaticCheck;
import dev.bgsim.pkg.TaskTypeTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bgsim lint PACKAGE...}: static checks, one line per problem. Loading runs the manifest
 * rules; then every {@link StaticCheck} of this command runs on each package that loaded (the
 * guideline checker plugs in here), and packages sharing an identity name are reported.
 */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        description = {"Checks packages without running them and prints one line per problem: file:line:col: error|warning: message; hint."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may be printed)", "1:at least one error", "2:a PACKAGE does not exist"})
final class LintCommand implements Callable<Integer> {
    static final int EXIT_ERRORS = 1;

    @Parameters(arity = "1..*", paramLabel = "PACKAGE",
            description = "packages to check: .jar, bgsim-manifest.json, Package.appxmanifest / AppxManifest.xml, or folders holding one")
    List<Path> packages;

    @Option(names = "--code", paramLabel = "JAR",
            description = "the jar with the Java classes of the appx manifests among PACKAGE (else their bgsim-code files are read)")
    Path code;

    @Option(names = "--notes", description = "also print notes (info), such as \"no code\"")
    boolean notes;

    @Spec
    CommandSpec spec;

    private final List<StaticCheck> checks;

    /** The standard checks: the manifest registration rules. */
    LintCommand() {
        this(List.of(new ManifestRegistrationChecks(TaskTypeTable.standard())));
    }

    /** Runs {@code checks} on every package that loads, after the manifest rules of loading. */
    LintCommand(List<StaticCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PackageLoader loader = new PackageLoader();
        PackageCatalog catalog = new PackageCatalog();
        List<Diagnostic> all = new ArrayList<>();
        boolean missing = false;
        for (Path path : packages) {
            if (!Files.exists(path)) {
                err.println("bgsim lint: " + path + " does not exist; check the path (see 'bgsim lint --help')");
                missing = true;
                continue;
            }
            List<Diagnostic> found = lint(path, loader, catalog);
            DiagnosticLines.print(notes ? found : found.stream().filter(d -> d.severity() != Severity.INFO).toList(), out);
            all.addAll(found);
        }
        long errors = DiagnosticLines.count(all, Severity.ERROR);
        long warnings = DiagnosticLines.count(all, Severity.WARNING);
        out.println(DiagnosticLines.plural(errors, "error") + ", " + DiagnosticLines.plural(warnings, "warning")
                + " in " + DiagnosticLines.plural(packages.size(), "package"));
        if (missing) {
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        return errors > 0 ? EXIT_ERRORS : 0;
    }

    private List<Diagnostic> lint(Path path, PackageLoader loader, PackageCatalog catalog) {
        PackageLoadResult result = loader.load(path, code);
        List<Diagnostic> found = new ArrayList<>(result.diagnostics());
        if (result.isLoaded()) {
            BgsimPackage pkg = result.loadedPackage().orElseThrow();
            catalog.add(pkg).ifPresent(found::add);
            for (StaticCheck check : checks) {
                found.addAll(check.check(pkg));
            }
        }
        return found;
    }
}

package dev.bgsim.cli;

import dev.bgsim.checker.lint.GuidelineLint;
import dev.bgsim.checker.lint.LintOptions;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.PackageCatalog;
import dev.bgsim.pkg.PackageLoadResult;
import dev.bgsim.pkg.PackageLoader;
import dev.bgsim.pkg.Severity;
import dev.bgsim.pkg.StaticCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code bgsim lint PACKAGE...}: static checks, one line per problem. Loading runs the manifest
 * rules; then every {@link StaticCheck} of this command runs on each package that loaded (by
 * default the guideline checker's static rules, {@link GuidelineLint}), and packages sharing an
 * identity name are reported.
 */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        description = {"Checks packages without running them against the manifest rules and the background task guidelines, "
                + "and prints one line per problem: file:line:col: error|warning [RULE]: message; hint. "
                + "Rules are listed in docs/checker-rules.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may be printed)", "1:at least one error",
                "2:a PACKAGE does not exist, or the profile is unknown"})
final class LintCommand implements Callable<Integer> {
    static final int EXIT_ERRORS = 1;

    @Parameters(arity = "1..*", paramLabel = "PACKAGE",
            description = "packages to check: .jar, bgsim-manifest.json, Package.appxmanifest / AppxManifest.xml, or folders holding one")
    List<Path> packages;

    @Option(names = "--code", paramLabel = "JAR",
            description = "the jar with the Java classes of the appx manifests among PACKAGE (else their bgsim-code files are read)")
    Path code;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "desktop",
            description = "the device profile to judge for: desktop (default), mobile-512mb, mobile-1gb, mobile-2gb, xbox, iot, "
                    + "strict (undeclared task types become errors), or a custom profile JSON file")
    String profile;

    @Option(names = "--json", description = "print the report as one JSON document")
    boolean json;

    @Option(names = "--notes", description = "also print notes (info), such as \"no code\"")
    boolean notes;

    @Spec
    CommandSpec spec;

    private final Function<LintOptions, List<StaticCheck>> checks;

    /** The standard checks: the guideline checker's static rules for the chosen profile. */
    LintCommand() {
        this(options -> List.of(GuidelineLint.standard(options)));
    }

    /** Runs {@code checks} on every package that loads, after the manifest rules of loading. */
    LintCommand(List<StaticCheck> checks) {
        this(options -> checks);
    }

    private LintCommand(Function<LintOptions, List<StaticCheck>> checks) {
        this.checks = checks;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LintOptions options = options(err);
        if (options == null) {
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        List<StaticCheck> active = checks.apply(options);
        PackageLoader loader = new PackageLoader();
        PackageCatalog catalog = new PackageCatalog();
        Map<Path, List<Diagnostic>> byPackage = new LinkedHashMap<>();
        boolean missing = false;
        for (Path path : packages) {
            if (!Files.exists(path)) {
                err.println("bgsim lint: " + path + " does not exist; check the path (see 'bgsim lint --help')");
                missing = true;
                continue;
            }
            List<Diagnostic> shown = lint(path, loader, catalog, active).stream().filter(d -> LintReportJson.shown(d, notes)).toList();
            byPackage.put(path, shown);
            if (!json) {
                DiagnosticLines.print(shown, out);
            }
        }
        List<Diagnostic> all = byPackage.values().stream().flatMap(List::stream).toList();
        long errors = DiagnosticLines.count(all, Severity.ERROR);
        long warnings = DiagnosticLines.count(all, Severity.WARNING);
        if (json) {
            out.println(new LintReportJson().write(options.profile(), byPackage, errors, warnings));
        } else {
            out.println(DiagnosticLines.plural(errors, "error") + ", " + DiagnosticLines.plural(warnings, "warning")
                    + " in " + DiagnosticLines.plural(packages.size(), "package"));
        }
        if (missing) {
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        return errors > 0 ? EXIT_ERRORS : 0;
    }

    /** What the chosen profile changes, or null (said on {@code err}) when it cannot be used. */
    private LintOptions options(PrintWriter err) {
        if (!DeviceProfile.BUILT_IN.contains(profile) && !Files.isRegularFile(Path.of(profile))) {
            err.println("bgsim lint: unknown profile \"" + profile + "\"; use one of " + String.join(", ", DeviceProfile.BUILT_IN)
                    + ", or the path of a profile JSON file");
            return null;
        }
        try {
            DeviceProfile device = DeviceProfile.named(profile);
            return new LintOptions(device.name(), device.refuseUndeclaredTaskTypes());
        } catch (IOException | RuntimeException e) {
            err.println("bgsim lint: profile " + profile + " cannot be read: " + e.getMessage());
            return null;
        }
    }

    private List<Diagnostic> lint(Path path, PackageLoader loader, PackageCatalog catalog, List<StaticCheck> active) {
        PackageLoadResult result = loader.load(path, code);
        List<Diagnostic> found = new ArrayList<>(result.diagnostics());
        if (result.isLoaded()) {
            BgsimPackage pkg = result.loadedPackage().orElseThrow();
            catalog.add(pkg).ifPresent(found::add);
            for (StaticCheck check : active) {
                found.addAll(check.check(pkg));
            }
        }
        return found;
    }
}

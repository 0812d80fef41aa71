package dev.bgsim.engine;

import dev.bgsim.engine.app.PackageServicing;
import dev.bgsim.engine.broker.Broker;
import dev.bgsim.engine.broker.Outcome;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.packages.PackageFileReader;
import dev.bgsim.engine.packages.PackageOrigin;
import dev.bgsim.engine.packages.PkgPackageAdapter;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.PackageCatalog;
import dev.bgsim.pkg.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Applies the package commands that read files ({@link Command.LoadPackageFile},
 * {@link Command.UpdatePackageFile}, {@link Command.ReloadPackage}) once the read is done, on the
 * engine thread. Keeps the {@link PackageCatalog} of packages loaded from files (a second package
 * with a loaded identity name is refused, naming both files) and every class loader it opened,
 * closed with the engine (instances of a replaced version may still be winding down in theirs).
 */
final class PackageFileCommands implements AutoCloseable {
    private final Broker broker;
    private final PackageServicing servicing;
    private final EventLog log;
    private final PackageCatalog catalog = new PackageCatalog();
    private final List<PkgPackageAdapter> opened = new CopyOnWriteArrayList<>();

    PackageFileCommands(Broker broker, PackageServicing servicing, EventLog log) {
        this.broker = broker;
        this.servicing = servicing;
        this.log = log;
    }

    /** Engine thread only. Where a loaded package was read from; empty for unknown or code-built packages. */
    Optional<PackageOrigin> originOf(String packageName) {
        return broker.packageRuntime(packageName).flatMap(p -> p.pkg().origin());
    }

    /** Engine thread only. Applies a file command whose read is {@code read} (null: a reload of a package not read from files). */
    Outcome apply(Command c, PackageFileReader.Read read) {
        if (c instanceof Command.ReloadPackage r && read == null) {
            return refuse(null, "RELOAD", r.packageName(), broker.packageRuntime(r.packageName()).isEmpty()
                    ? "no package named " + r.packageName() + " is loaded; load it from its file first"
                    : r.packageName() + " was not loaded from a file, so there is nothing to read again; update it instead");
        }
        if (!read.ok()) {
            return refuse(read.path(), action(c), null, errorsFirst(read.diagnostics()));
        }
        Outcome o = c instanceof Command.LoadPackageFile ? load(read) : update(read, action(c));
        if (o.ok()) {
            opened.add(read.pkg());
        } else {
            read.pkg().close();
        }
        return o;
    }

    private Outcome load(PackageFileReader.Read read) {
        PkgPackageAdapter pkg = read.pkg();
        if (broker.packageRuntime(pkg.identityName()).isPresent() && catalog.find(pkg.identityName()).isEmpty()) {
            return refuse(read.path(), "LOAD", pkg.identityName(), "package \"" + pkg.identityName()
                    + "\" is already loaded (built in code); the second one is refused");
        }
        Optional<Diagnostic> taken = catalog.add(pkg.bgsimPackage());
        if (taken.isPresent()) {
            return refuse(read.path(), "LOAD", pkg.identityName(), taken.get().format());
        }
        emitRead(read);
        Outcome o = broker.loadPackage(pkg);
        if (!o.ok()) {
            catalog.remove(pkg.identityName());
            return o;
        }
        return Outcome.ok("loaded " + pkg.identityName() + " " + pkg.version() + " from " + read.path() + warnings(read));
    }

    private Outcome update(PackageFileReader.Read read, String action) {
        PkgPackageAdapter next = read.pkg();
        if (broker.packageRuntime(next.identityName()).isEmpty()) {
            return refuse(read.path(), action, next.identityName(), "no package named " + next.identityName()
                    + " is loaded, so it cannot be updated; load it instead");
        }
        emitRead(read);
        Outcome o = servicing.update(next);
        if (!o.ok()) {
            return refuse(read.path(), action, next.identityName(), o.message());
        }
        replaced(next);
        return new Outcome(true, o.message() + warnings(read));
    }

    /** Engine thread only. After any update (also {@link Command.UpdatePackage} with a package built in code). */
    void replaced(SimPackage next) {
        Optional<BgsimPackage> loaded = next.origin().map(PackageOrigin::loaded);
        if (loaded.isEmpty()) {
            catalog.remove(next.identityName());
        } else if (catalog.find(next.identityName()).isPresent()) {
            catalog.replace(loaded.get());
        } else {
            catalog.add(loaded.get());
        }
    }

    /** Engine thread only. After an uninstall. */
    void removed(String packageName) {
        catalog.remove(packageName);
    }

    private void emitRead(PackageFileReader.Read read) {
        PackageOrigin origin = read.pkg().origin().orElseThrow();
        log.emit(Subjects.ofPackage(read.pkg().identityName()), new Events.PackageRead(read.path().toString(),
                origin.loaded().source().form().name(), origin.loaded().source().codeJars().stream().map(Path::toString).toList(),
                read.diagnosticLines()));
    }

    private Outcome refuse(Path path, String action, String packageName, String reason) {
        return refuse(path, action, packageName, List.of(reason));
    }

    private Outcome refuse(Path path, String action, String packageName, List<String> lines) {
        String where = path == null ? packageName : path.toString();
        log.emit(packageName == null ? Subjects.NONE : Subjects.ofPackage(packageName),
                new Events.PackageRefused(where, action, lines));
        String verb = switch (action) {
            case "LOAD" -> "cannot load ";
            case "UPDATE" -> "cannot update from ";
            default -> "cannot reload ";
        };
        return Outcome.refused(verb + where + ":\n" + String.join("\n", lines));
    }

    private static String action(Command c) {
        if (c instanceof Command.LoadPackageFile) {
            return "LOAD";
        }
        return c instanceof Command.UpdatePackageFile ? "UPDATE" : "RELOAD";
    }

    private static List<String> errorsFirst(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::format).forEach(lines::add);
        diagnostics.stream().filter(d -> !d.isError()).map(Diagnostic::format).forEach(lines::add);
        return lines;
    }

    private static String warnings(PackageFileReader.Read read) {
        List<String> lines = read.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).map(Diagnostic::format).toList();
        return lines.isEmpty() ? "" : " (" + lines.size() + (lines.size() == 1 ? " warning" : " warnings") + "):\n"
                + String.join("\n", lines);
    }

    /** Any thread. Closes the class loader of every package loaded or updated from files (at engine close). */
    @Override
    public void close() {
        for (PkgPackageAdapter p : opened) {
            p.close();
        }
        opened.clear();
    }
}

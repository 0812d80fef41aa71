package dev.bgsim.cli;

import dev.bgsim.pkg.ApplicationDeclaration;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.CodeOrigin;
import dev.bgsim.pkg.DeclaredTask;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.RegistrationSpec;
import dev.bgsim.pkg.UpdateTaskDeclaration;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The text of {@code bgsim inspect}: what was read from a package, section by section. */
final class PackageReportText {
    private static final int LABEL_WIDTH = 14;

    private final PrintWriter out;

    PackageReportText(PrintWriter out) {
        this.out = out;
    }

    void print(BgsimPackage pkg, List<Diagnostic> diagnostics) {
        identity(pkg);
        out.println();
        applications(pkg);
        out.println();
        tasks(pkg);
        out.println();
        updateTasks(pkg);
        out.println();
        out.println("Capabilities: " + (pkg.capabilities().isEmpty() ? "none" : String.join(", ", pkg.capabilities())));
        out.println();
        registrations(pkg);
        out.println();
        out.println("Diagnostics: " + (diagnostics.isEmpty() ? "none" : diagnostics.size()));
        for (Diagnostic d : diagnostics) {
            out.println("  " + d.format());
        }
    }

    private void identity(BgsimPackage pkg) {
        out.println("Package " + pkg.name() + " " + pkg.identity().version());
        field(1, "display name", pkg.identity().displayName());
        if (pkg.identity().publisher() != null) {
            field(1, "publisher", pkg.identity().publisher());
        }
        field(1, "form", pkg.source().form().description());
        field(1, "manifest", pkg.source().manifest().toString());
        if (pkg.source().codeOrigin() == CodeOrigin.NONE) {
            field(1, "code", "none (declarations only; give --code JAR to run tasks)");
        } else {
            field(1, "code", pkg.source().codeJars().stream().map(Path::toString).collect(Collectors.joining(", "))
                    + " (from " + pkg.source().codeOrigin().description() + ")");
        }
    }

    private void applications(BgsimPackage pkg) {
        List<ApplicationDeclaration> apps = pkg.applications();
        if (apps.isEmpty()) {
            out.println("Application: none (tasks only)");
            return;
        }
        out.println(apps.size() == 1 ? "Application:" : "Applications: " + apps.size() + " (the first is the app)");
        for (ApplicationDeclaration app : apps) {
            out.println("  " + app.id());
            field(2, "entry point", app.entryPoint() == null ? "none" : app.entryPoint());
        }
    }

    private void tasks(BgsimPackage pkg) {
        out.println("Declared tasks: " + (pkg.tasks().isEmpty() ? "none" : pkg.tasks().size()));
        boolean severalApps = pkg.applications().size() > 1;
        for (DeclaredTask task : pkg.tasks()) {
            out.println("  " + (task.entryPoint() != null ? task.entryPoint() : "(no entry point: JavaScript " + task.startPage() + ")"));
            field(2, "task types", String.join(", ", task.taskTypes()));
            field(2, "host", task.hostPlacement().describe());
            if (task.executable() != null) {
                field(2, "executable", task.executable());
            }
            if (task.serverName() != null) {
                field(2, "server name", task.serverName());
            }
            if (severalApps && task.applicationId() != null) {
                field(2, "application", task.applicationId());
            }
            field(2, "declared at", task.location().toString());
        }
    }

    private void updateTasks(BgsimPackage pkg) {
        if (pkg.updateTasks().isEmpty()) {
            out.println("Update task: none");
            return;
        }
        out.println(pkg.updateTasks().size() == 1 ? "Update task:" : "Update tasks: " + pkg.updateTasks().size());
        for (UpdateTaskDeclaration update : pkg.updateTasks()) {
            out.println("  " + update.entryPoint() + "  (" + update.location() + ")");
        }
    }

    private void registrations(BgsimPackage pkg) {
        out.println("Registrations: " + (pkg.registrations().isEmpty() ? "none" : pkg.registrations().size()));
        for (RegistrationSpec r : pkg.registrations()) {
            out.println("  " + r.name());
            field(2, "entry point", r.isInProcess() ? "none (in-process)" : r.entryPoint());
            field(2, "trigger", r.trigger().describe());
            if (!r.conditions().isEmpty()) {
                field(2, "conditions", r.conditions().stream().map(Enum::name).collect(Collectors.joining(", "))
                        + (r.cancelOnConditionLoss() ? " (cancel on condition loss)" : ""));
            }
            if (r.networkRequested()) {
                field(2, "network", "requested");
            }
            if (r.group() != null) {
                field(2, "group", r.group().id() + (r.group().name().equals(r.group().id()) ? "" : " (" + r.group().name() + ")"));
            }
            field(2, "host", pkg.placementOf(r).describe());
        }
    }

    private void field(int indent, String label, String value) {
        String pad = "  ".repeat(indent);
        int width = Math.max(LABEL_WIDTH - pad.length() + 2, label.length() + 1);
        out.println(pad + String.format("%-" + width + "s", label) + value);
    }
}

package dev.bgsim.pkg;

import java.util.List;

/**
 * What a manifest reader found, before code is attached: the form-independent declarations plus
 * the code jars a bgsim manifest lists. Null identity means the reader could not find one (an
 * error was reported).
 */
record ManifestContent(PackageIdentity identity, List<ApplicationDeclaration> applications, List<String> capabilities,
                       List<DeclaredTask> tasks, List<UpdateTaskDeclaration> updateTasks,
                       List<RegistrationSpec> registrations, List<CodeReference> code) {

    /** A jar path as written in the manifest, relative to the manifest's folder. */
    record CodeReference(String path, SourceLocation location) {
    }

    ManifestContent {
        applications = List.copyOf(applications);
        capabilities = List.copyOf(capabilities);
        tasks = List.copyOf(tasks);
        updateTasks = List.copyOf(updateTasks);
        registrations = List.copyOf(registrations);
        code = List.copyOf(code);
    }

    BgsimPackage toPackage(PackageSource source) {
        return new BgsimPackage(identity, source, applications, capabilities, tasks, updateTasks, registrations);
    }
}

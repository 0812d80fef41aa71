package dev.bgsim.pkg;

import java.util.Objects;

/**
 * The {@code windows.updateTask} of an application: a class run after the app is updated,
 * never registered by code.
 *
 * @param entryPoint    the task class
 * @param applicationId the declaring application, or null
 * @param location      where it is declared
 */
public record UpdateTaskDeclaration(String entryPoint, String applicationId, SourceLocation location) {
    public UpdateTaskDeclaration {
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(location, "location");
    }
}

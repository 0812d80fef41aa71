package dev.bgsim.engine.workspace;

/**
 * A workspace file that could not be read: its name, what is wrong, and where it was moved
 * ({@code *.corrupt-TIMESTAMP}), so nothing is dropped in silence (SPEC 7).
 */
public record WorkspaceProblem(String file, String problem, String movedTo) {
}

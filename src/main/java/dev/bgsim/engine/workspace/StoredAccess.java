package dev.bgsim.engine.workspace;

/** A package's access setting as the workspace keeps it: the user's setting and whether the app requested access. */
public record StoredAccess(String setting, boolean requested, boolean resetByUpdate) {
}

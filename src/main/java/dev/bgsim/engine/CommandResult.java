package dev.bgsim.engine;

/**
 * The engine's answer to a command: applied (with a note of what happened) or refused (with the
 * reason a user can act on). Refusals are answers, not exceptions.
 *
 * @param ok      applied
 * @param message what happened, or why not
 * @param lastSeq sequence number of the last event published when the result was given
 */
public record CommandResult(boolean ok, String message, long lastSeq) {
}

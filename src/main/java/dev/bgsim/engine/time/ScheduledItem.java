package dev.bgsim.engine.time;

import java.time.Instant;

/** Read-model view of a schedule entry: when, what kind, and its label. */
public record ScheduledItem(Instant due, EntryKind kind, String label) {
}

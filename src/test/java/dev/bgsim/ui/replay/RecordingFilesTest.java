package dev.bgsim.ui.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's recordings folder and saving a copy of a recording still being written. */
class RecordingFilesTest {
    @TempDir
    Path dir;

    @Test
    void aCopyOfARecordingBeingWrittenHoldsItsWholeLinesOnly() throws Exception {
        Path live = dir.resolve("live.jsonl");
        Files.writeString(live, "{\"a\":1}\n{\"b\":2}\n{\"c\":");
        Path copy = dir.resolve("saved/copy.jsonl");
        assertEquals(2, new RecordingFiles().saveCopy(live, copy));
        assertEquals("{\"a\":1}\n{\"b\":2}\n", Files.readString(copy));
    }

    @Test
    void newSessionFilesAreNamedByTimeAndNeverTaken() throws Exception {
        RecordingsFolder folder = new RecordingsFolder(dir.resolve("recordings"));
        Instant t = Instant.parse("2026-11-25T15:06:17Z");
        Path first = folder.newSessionFile(t);
        Path second = folder.newSessionFile(t);
        assertEquals("gui-20261125-150617.jsonl", first.getFileName().toString());
        assertEquals("gui-20261125-150617-2.jsonl", second.getFileName().toString());
        assertTrue(Files.exists(first) && Files.exists(second));
    }

    @Test
    void recentRecordingsAreTheNewestFirst() throws Exception {
        RecordingsFolder folder = new RecordingsFolder(dir.resolve("recordings"));
        assertEquals(List.of(), folder.recent(10), "no folder yet: none");
        Path old = folder.newSessionFile(Instant.parse("2026-01-01T00:00:00Z"));
        Path recent = folder.newSessionFile(Instant.parse("2026-02-01T00:00:00Z"));
        Files.writeString(folder.directory().resolve("notes.txt"), "not a recording");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        assertEquals(List.of(recent, old), folder.recent(10));
        assertEquals(List.of(recent), folder.recent(1));
    }
}

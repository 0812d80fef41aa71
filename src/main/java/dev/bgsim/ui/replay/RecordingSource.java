package dev.bgsim.ui.replay;

import java.nio.file.Path;

/**
 * The recording a window's File menu saves and exports: the live session's file in the
 * workspace, or the recording a replay window shows.
 *
 * @param file    the recording file
 * @param session which session of it, counting from 1; 0 for the last (the live one)
 */
public record RecordingSource(Path file, int session) {
    /** The last session of {@code file}: a live recording's own. */
    public static RecordingSource lastOf(Path file) {
        return new RecordingSource(file, 0);
    }
}

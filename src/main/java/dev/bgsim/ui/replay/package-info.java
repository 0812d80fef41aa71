/**
 * Recordings in the GUI (SPEC 6.1, issue 9): a recording opened read-only in a window of its own
 * ({@link dev.bgsim.ui.replay.ReplayWindow}) whose recorded events feed the same session and read
 * models as a live session, through a {@link dev.bgsim.ui.replay.ReplayPort} that refuses every
 * command; a scrubber that replays it at any speed; the live session recorded into the workspace
 * as it happens ({@link dev.bgsim.ui.replay.GuiRecorder}); and the File menu that opens, saves
 * and exports recordings ({@link dev.bgsim.ui.replay.RecordingMenus}).
 */
package dev.bgsim.ui.replay;

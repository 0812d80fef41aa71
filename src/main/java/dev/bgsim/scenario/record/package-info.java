/**
 * Session recordings (SPEC 6.1): a JSON Lines file with a header line and one engine event per
 * line, written and flushed as the session goes ({@link dev.bgsim.scenario.record.RecordingWriter}),
 * and read back line by line, keeping everything that can be read
 * ({@link dev.bgsim.scenario.record.RecordingReader}).
 */
package dev.bgsim.scenario.record;

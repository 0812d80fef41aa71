/**
 * Exports of a recorded session (SPEC 6.1): Chrome trace event JSON for Perfetto and
 * chrome://tracing, the event log as CSV, and a scenario file that replays the session's inputs
 * and expects the outcomes it saw. The timeline as PNG needs JavaFX and lives in the GUI.
 */
package dev.bgsim.scenario.export;

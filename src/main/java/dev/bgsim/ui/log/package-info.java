/** The bottom tabs: event log, task output, notifications. */
package dev.bgsim.ui.log;

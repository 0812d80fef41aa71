/** The GUI's port onto the simulator: commands in the GUI's words, backed by the engine. */
package dev.bgsim.ui.port;

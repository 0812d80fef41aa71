/** Exports that need JavaFX: the timeline of a recorded session as a PNG image. */
package dev.bgsim.ui.export;

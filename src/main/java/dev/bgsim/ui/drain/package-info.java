/** Moves the engine's event stream onto the FX thread in budgeted batches, once per pulse. */
package dev.bgsim.ui.drain;

/** The GUI's read models, folded from the engine's event stream on the FX thread. */
package dev.bgsim.ui.session;

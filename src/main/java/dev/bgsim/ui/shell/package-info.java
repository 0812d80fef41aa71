/** The main window frame: toolbar, status area, selection, layout helpers. */
package dev.bgsim.ui.shell;

/** The GUI's remembered window layout, theme and recent packages. */
package dev.bgsim.ui.prefs;

/** The app panel: lifecycle actions and background access. */
package dev.bgsim.ui.appstate;

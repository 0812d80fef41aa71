/** The device panel: power, battery, saver, network, presence, memory and profile controls. */
package dev.bgsim.ui.device;

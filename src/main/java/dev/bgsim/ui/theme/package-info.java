/** Themes (AtlantaFX Primer light and dark), stylesheets and style-class names. */
package dev.bgsim.ui.theme;

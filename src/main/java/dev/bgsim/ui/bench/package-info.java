/** The GUI's benchmarks ({@code timelineDraw100kVs1k}, {@code fxLongestStallMs}): need a display or Monocle. */
package dev.bgsim.ui.bench;

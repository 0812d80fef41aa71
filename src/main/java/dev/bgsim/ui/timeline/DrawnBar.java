package dev.bgsim.ui.timeline;

import javafx.geometry.Bounds;

/**
 * An instance bar as the last repaint drew it: where, and in which state its last segment was.
 * What tests and tools read to check what the timeline shows, rather than what its model holds.
 *
 * @param id        the instance id
 * @param label     the bar's label ("Sync#3")
 * @param lastState the state of the last segment drawn (the final state once the instance ended)
 * @param onCanvas  the bar's body in canvas coordinates, clipped a little outside the lanes area
 */
public record DrawnBar(String id, String label, InstanceState lastState, Bounds onCanvas) {
}

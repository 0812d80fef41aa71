/**
 * The timeline widget: a read model indexed by simulated time ({@link dev.bgsim.ui.timeline.TimelineModel}),
 * and the {@link dev.bgsim.ui.timeline.TimelineView} control that draws it on one canvas.
 */
package dev.bgsim.ui.timeline;

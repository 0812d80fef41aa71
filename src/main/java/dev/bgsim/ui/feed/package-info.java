/** Adapters that fold the engine's event stream into the timeline widget's read model. */
package dev.bgsim.ui.feed;

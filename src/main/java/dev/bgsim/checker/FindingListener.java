package dev.bgsim.checker;

import java.util.List;

/**
 * Told about new findings, in stream order, one batch per engine event batch that raised any.
 * Called on the checker's own delivery thread (never the engine's, never the FX thread): a GUI
 * queues them for its next pulse.
 */
@FunctionalInterface
public interface FindingListener {
    void onFindings(List<Finding> findings);
}

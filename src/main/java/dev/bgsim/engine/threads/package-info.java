/** Starting the engine's task threads quickly: thread groups with a spare thread started ahead of need. */
package dev.bgsim.engine.threads;

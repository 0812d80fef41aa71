/**
 * The parent side of task hosts: spawning a child JVM ({@link dev.bgsim.host.process.HostProcess}),
 * its command line and class-data-sharing archive, the small host jar, freezing and killing the
 * process tree, and a pool that keeps a spare host warm. Each host has its own reader, writer,
 * stderr and watchdog threads; callbacks say which thread calls them.
 */
package dev.bgsim.host.process;

/**
 * Start-up and latency benchmarks of task hosts, as plain classes that {@code bgsim bench} calls:
 * the floor (a bare {@code java} hello), a cold host start, and fire-to-run in a warm host.
 */
package dev.bgsim.host.bench;

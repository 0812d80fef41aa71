package dev.bgsim.host.process;

import java.time.Duration;

/**
 * A host said READY.
 *
 * @param pid          the host's process id
 * @param spawnToReady wall time from {@code ProcessBuilder.start} to the READY frame arriving
 * @param spawnToMain  wall time from spawn to the host's {@code main} being entered (JVM start-up)
 * @param javaVersion  the host JVM's {@code java.version}
 */
public record HostReady(long pid, Duration spawnToReady, Duration spawnToMain, String javaVersion) {
}

/**
 * Task hosts: the wire protocol between bgsim and its child JVMs ({@code protocol}), the child's
 * main ({@code child}) and the parent side that spawns, watches, freezes and kills them
 * ({@code process}). Depends on the SDK and the JDK only; the engine adapts it to its own host
 * interface.
 */
package dev.bgsim.host;

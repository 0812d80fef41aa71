/**
 * The child host: {@link dev.bgsim.host.child.HostMain} and the SDK implemented over the host
 * protocol. Depends on the SDK and {@code dev.bgsim.host.protocol} only, and is packed into the
 * small host jar with them, so a host JVM loads nothing else.
 */
package dev.bgsim.host.child;

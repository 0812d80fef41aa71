/**
 * The host protocol: validated, length-prefixed JSON frames over a child host's stdin and stdout
 * (decision record docs/decisions/0003-host-protocol.md). JDK only, so that the child loads
 * nothing it does not need.
 */
package dev.bgsim.host.protocol;

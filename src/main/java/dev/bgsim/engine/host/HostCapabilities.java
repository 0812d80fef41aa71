package dev.bgsim.engine.host;

/**
 * What a host can do.
 *
 * @param memoryCap     can enforce the profile's memory quota (child JVM: -Xmx); in-JVM: no
 * @param processFreeze suspend freezes the whole process (SIGSTOP); in-JVM: cooperative freeze
 * @param killable      terminate really stops the code; in-JVM: interrupt + drop callbacks
 */
public record HostCapabilities(boolean memoryCap, boolean processFreeze, boolean killable) {
    public static final HostCapabilities IN_JVM = new HostCapabilities(false, false, false);
}

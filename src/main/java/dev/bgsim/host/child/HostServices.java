package dev.bgsim.host.child;

/**
 * The host-wide collaborators every instance uses, made once by {@link HostMain}.
 *
 * @param outputCapBytes how many bytes of output each instance may send before the rest is dropped
 */
record HostServices(HostChannel channel, ThreadAttribution attribution, HostSimTime simTime,
        HostSystemStatus status, PackageSettingsStores settings, TaskCodeLoaders codeLoaders, PieceThreads pieces,
        long outputCapBytes) {
}

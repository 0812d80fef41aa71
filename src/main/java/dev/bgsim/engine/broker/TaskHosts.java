package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.host.ChildHostEvents;
import dev.bgsim.engine.host.ChildHosts;
import dev.bgsim.engine.host.ChildJvmHost;
import dev.bgsim.engine.host.CodePieces;
import dev.bgsim.engine.host.EnginePort;
import dev.bgsim.engine.host.Host;
import dev.bgsim.engine.host.InJvmHost;
import dev.bgsim.engine.instance.Instance;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where tasks run (SPEC 3.8): picks or starts the host of an activation (the app's for
 * in-process tasks, one per activation with supportsMultipleInstances, one per resourceGroup,
 * else the package's default), in bgsim's JVM or as a child JVM, and stops hosts whose last
 * instance ended or that were killed. Engine thread only.
 */
final class TaskHosts {
    /** Placement of an isolated app process: a child JVM running the app's in-process activations. */
    static final String ISOLATED_APP = "in-process (isolated app process)";
    private static final String MULTIPLE_INSTANCES = "supportsMultipleInstances";

    private final PackageTable packages;
    private final EventLog log;
    private final EnginePort port;
    private final Supplier<DeviceProfile> profile;
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private int multiHostCounter;
    private ChildHosts childHosts;
    private ChildHostEvents childEvents;

    TaskHosts(PackageTable packages, EventLog log, EnginePort port, Supplier<DeviceProfile> profile) {
        this.packages = packages;
        this.log = log;
        this.port = port;
        this.profile = profile;
    }

    /** Out-of-process tasks of packages with code jars run in child JVMs from now on. */
    void useChildHosts(ChildHosts hosts, ChildHostEvents events) {
        this.childHosts = hosts;
        this.childEvents = events;
    }

    /** Every host by id, dead ones included (the map itself). */
    Map<String, Host> all() {
        return hosts;
    }

    /** Whether the instance's time limits are off because its host runs under a debugger that does not enforce them. */
    boolean debuggingWithoutLimits(Registration reg, Host host) {
        return host instanceof ChildJvmHost && childHosts.debugging(reg.packageName)
                .map(d -> !d.enforceTimeLimits()).orElse(false);
    }

    /** The host an activation of {@code reg} runs in: a live one for its placement, or a new one (HostStarted). */
    Host place(Registration reg) {
        String key;
        String placement;
        if (reg.inProcess()) {
            key = "app:" + reg.packageName;
            placement = isolatedApp(reg) ? ISOLATED_APP : "in-process";
        } else if (reg.declared.supportsMultipleInstances()) {
            key = reg.packageName + "/multi-" + (++multiHostCounter);
            placement = MULTIPLE_INSTANCES;
        } else if (reg.declared.resourceGroup() != null) {
            key = reg.packageName + "/group:" + reg.declared.resourceGroup();
            placement = "resourceGroup " + reg.declared.resourceGroup();
        } else {
            key = reg.packageName + "/default";
            placement = "default";
        }
        Host h = hosts.get(key);
        if (h == null || h.isDead()) {
            h = start(reg, key, placement);
        }
        return h;
    }

    private Host start(Registration reg, String key, String placement) {
        Subjects about = new Subjects(reg.packageName, null, null, null, 0, key);
        Host h = childHost(reg, key, placement, about);
        if (h == null) {
            h = new InJvmHost(key, reg.inProcess() ? "APP" : "IN_JVM", placement, port);
        }
        hosts.put(key, h);
        log.emit(about, new Events.HostStarted(h.kind(), placement));
        if (h instanceof ChildJvmHost c && c.process().debugPort() != 0) {
            boolean enforce = childHosts.debugging(reg.packageName).map(d -> d.enforceTimeLimits()).orElse(false);
            log.emit(about, new Events.HostDebugging("127.0.0.1", c.process().debugPort(), c.process().pid(),
                    c.process().options().debugSuspend(), enforce));
        }
        return h;
    }

    /**
     * Whether an in-process registration's activations run in a child JVM (the package is set to
     * run isolated, SPEC 3.8). Grouped registrations stay in bgsim's JVM: their entry points are
     * listeners the app attached at run time in bgsim's JVM, which a child JVM cannot see.
     */
    private boolean isolatedApp(Registration reg) {
        return childHosts != null && reg.groupId() == null && childHosts.isolated(reg.packageName)
                && packages.get(reg.packageName).pkg.appEntryPoint().isPresent();
    }

    /** A child-JVM host for an out-of-process task whose package has code jars, or null to run it in-JVM. */
    private Host childHost(Registration reg, String key, String placement, Subjects about) {
        PackageRuntime p = packages.get(reg.packageName);
        if (childHosts == null || (reg.inProcess() && !isolatedApp(reg)) || p.pkg.codeJars().isEmpty()) {
            return null;
        }
        try {
            return childHosts.start(key, placement, reg.packageName, p.pkg.codeJars(),
                    profile.get().memoryQuotaBytes().orElse(0L), childEvents);
        } catch (IOException | RuntimeException e) {
            log.emit(about, new Events.EngineErrorOccurred("cannot start a child-JVM task host for " + key
                    + "; its tasks run in bgsim's JVM instead: " + e, CodePieces.stackTrace(e)));
            return null;
        }
    }

    /**
     * An instance ended: a one-activation host ends with it; an idle child JVM is kept warm (or
     * ended, if it idles while suspended). An isolated app process lives on with the app; the app
     * controller ends it.
     */
    void instanceEnded(Instance instance) {
        Host h = instance.host();
        if (h.instances().isEmpty() && MULTIPLE_INSTANCES.equals(h.placement()) && !h.isDead()) {
            if (h instanceof ChildJvmHost c && !c.isSuspended()) {
                c.shutdown();
                childHosts.forget(c);
            } else {
                h.markDead();
            }
            log.emit(hostSubjects(instance, h), new Events.HostStopped("its only activation ended"));
        } else if (h.instances().isEmpty() && h instanceof ChildJvmHost c && !h.isDead()
                && !ISOLATED_APP.equals(h.placement())) {
            if (c.isSuspended()) {
                c.markDead();
                childHosts.forget(c);
            } else {
                childHosts.release(c);
            }
            log.emit(hostSubjects(instance, h), new Events.HostStopped(c.isSuspended() ? "idle while suspended: ended"
                    : "idle: its process is kept warm for the next activation"));
        }
    }

    /** A host was killed because {@code cause} was terminated in it. */
    void killed(Host host, Instance cause) {
        host.markDead();
        if (host instanceof ChildJvmHost c) {
            childHosts.forget(c);
        }
        String why = "GRACE_EXPIRED".equals(cause.endCause()) ? cause.shortName() + " outlived its grace period"
                : cause.shortName() + " was terminated (" + cause.endCause() + ")";
        log.emit(hostSubjects(cause, host), new Events.HostStopped("terminated: " + why));
    }

    private static Subjects hostSubjects(Instance instance, Host host) {
        return new Subjects(instance.registration().packageName(), null, null, null, 0, host.id());
    }
}

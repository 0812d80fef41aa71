package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventPayload;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.scenario.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * The inputs of a recorded session, read back from its events: the device it started in, the
 * access settings given before anything happened, and every command a user (GUI, scenario,
 * test) gave, as scenario steps at their simulated times. Events that a command caused but did
 * not ask for (system events from a device change, app transitions after an update, policy
 * cancellations) are outcomes, not inputs, and are left out. One use.
 */
final class SessionInputs {
    private static final String DEFAULT_ACCESS = "MANAGED_BY_WINDOWS";

    private final Instant start;
    private final HostNames hosts;
    private final BiPredicate<String, String> declaredInManifest;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectNode initial = JsonNodeFactory.instance.objectNode();
    private final ObjectNode initialAccess = JsonNodeFactory.instance.objectNode();
    private final List<ExportStep> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> access = new HashMap<>();
    private final Map<UUID, String> triggerKinds = new HashMap<>();
    private final List<LoadedPackage> loaded = new ArrayList<>();
    private final List<UpdatedPackage> updates = new ArrayList<>();
    private final Map<String, String> readFrom = new HashMap<>();
    private double speed = 1.0;
    private boolean timeSkipping = true;
    private Fire lastFire;
    private ExportStep lastUnregister;
    private Duration lastLogoff;

    /** A package the session loaded, its version, and the file it was read from (null: built in code). */
    record LoadedPackage(String identity, String version, String file) {
    }

    /** An update step, the version it went to and the file it was read from (null: built in code). */
    record UpdatedPackage(ExportStep step, String identity, String version, String file) {
    }

    private record Fire(ExportStep step, Set<UUID> registrations) {
    }

    /**
     * @param declaredInManifest whether a package's manifest declares a registration of a name
     *                           (then loading the package recreates it: a restored one is no input)
     */
    SessionInputs(Instant start, HostNames hosts, BiPredicate<String, String> declaredInManifest) {
        this.start = start;
        this.hosts = hosts;
        this.declaredInManifest = declaredInManifest;
    }

    void readAll(List<EngineEvent> events) {
        for (EngineEvent e : events) {
            read(e);
        }
        if (!initialAccess.isEmpty()) {
            initial.set("access", initialAccess);
        }
    }

    ObjectNode initial() {
        return initial;
    }

    List<ExportStep> steps() {
        return steps;
    }

    List<String> notes() {
        return notes;
    }

    List<LoadedPackage> loaded() {
        return loaded;
    }

    List<UpdatedPackage> updates() {
        return updates;
    }

    private void read(EngineEvent e) {
        EventPayload p = e.payload();
        Subjects s = e.subjects();
        if (p instanceof Events.EngineStarted started) {
            started(started);
        } else if (p instanceof Events.PackageRead read) {
            readFrom.put(s.packageName(), read.path());
        } else if (p instanceof Events.PackageLoaded pl) {
            loaded.add(new LoadedPackage(s.packageName(), pl.version(), readFrom.remove(s.packageName())));
            if (!e.simTime().equals(start)) {
                notes.add("package " + s.packageName() + " was opened at " + at(e)
                        + " in the session; the scenario loads it at the start");
            }
        } else if (p instanceof Events.RegistrationAdded ra) {
            triggerKinds.put(s.registrationId(), ra.triggerKind());
            registered(e, ra);
        } else if (p instanceof Events.AccessChanged ac) {
            accessChanged(e, ac);
        } else if (p instanceof Events.DeviceStateChanged d) {
            deviceChanged(e, d);
        } else if (p instanceof Events.ProfileChanged pc) {
            profileChanged(e, pc);
        } else if (p instanceof Events.ClockModeChanged c) {
            clockChanged(e, c);
        } else {
            commands(e);
        }
    }

    /** The commands that map one event to one step. */
    private void commands(EngineEvent e) {
        EventPayload p = e.payload();
        Subjects s = e.subjects();
        if (p instanceof Events.SystemEventRaised r && "USER".equals(r.raisedBy())) {
            add(e, action("fire").put("systemEvent", r.systemTriggerType()));
        } else if (p instanceof Events.TriggerFired f && "USER".equals(f.source())) {
            fired(e, f);
        } else if (p instanceof Events.TriggerRequested r && "USER".equals(r.caller())) {
            ObjectNode step = registration(action("request"), s);
            arguments(s.registrationId(), r.details(), step);
            add(e, step);
        } else if (p instanceof Events.CancelRequested c && "USER".equals(c.requestedBy())) {
            add(e, instance(action("cancel"), s).put("reason", c.reason()));
        } else if (p instanceof Events.InstanceTerminated t && "USER".equals(t.cause())) {
            add(e, instance(action("kill"), s));
        } else if (p instanceof Events.HostStopped h && Events.HostStopped.BY_USER.equals(h.why())) {
            host(e, "kill");
        } else if (p instanceof Events.HostSuspended) {
            host(e, "suspendHost");
        } else if (p instanceof Events.HostResumed) {
            host(e, "resumeHost");
        } else if (p instanceof Events.AppStateChanged a) {
            appChanged(e, a);
        } else if (p instanceof Events.PackageUpdated u) {
            ExportStep step = add(e, action("update").put("package", s.packageName()));
            updates.add(new UpdatedPackage(step, s.packageName(), u.toVersion(), readFrom.remove(s.packageName())));
        } else if (p instanceof Events.PackageUnloaded) {
            add(e, action("uninstall").put("package", s.packageName()));
        } else if (p instanceof Events.RegistrationRemoved r && "USER".equals(r.requestedBy())) {
            unregistered(e, r);
        }
    }

    private void started(Events.EngineStarted started) {
        if (started.device() == null) {
            notes.add("the recording does not say which device state the session started in (an older bgsim wrote it); "
                    + "the scenario starts in the default state");
        } else {
            DeviceFields.put(started.device(), DeviceFields.ORDER, initial);
        }
        speed = started.speed();
        timeSkipping = started.timeSkipping();
        if (!timeSkipping) {
            initial.put("timeSkipping", false);
        }
        if (speed != 1.0) {
            initial.put("speed", speed);
        }
    }

    private void registered(EngineEvent e, Events.RegistrationAdded ra) {
        boolean byUser = "USER".equals(ra.origin());
        boolean restored = "RESTORED".equals(ra.origin());
        Subjects s = e.subjects();
        if (!byUser && !(restored && !declaredInManifest.test(s.packageName(), s.registrationName()))) {
            return;
        }
        var trigger = TriggerText.read(ra.trigger(), ra.triggerKind());
        if (trigger.isEmpty()) {
            notes.add("registration " + s.registrationName() + " (" + ra.trigger() + ") at " + at(e)
                    + " cannot be written as a register step; add it by hand");
            return;
        }
        ObjectNode step = action("register").put("package", s.packageName()).put("name", s.registrationName());
        step.put("entryPoint", ra.entryPoint());
        step.set("trigger", trigger.get());
        if (!ra.conditions().isEmpty()) {
            ra.conditions().forEach(step.putArray("conditions")::add);
        }
        if (ra.cancelOnConditionLoss()) {
            step.put("cancelOnConditionLoss", true);
        }
        if (ra.networkRequested()) {
            step.put("networkRequested", true);
        }
        if (ra.group() != null) {
            step.put("group", ra.group());
        }
        if (restored) {
            step.put("comment", "restored from the workspace when the session started");
        }
        add(e, step);
    }

    private void accessChanged(EngineEvent e, Events.AccessChanged ac) {
        String pkg = e.subjects().packageName();
        String before = access.getOrDefault(pkg, DEFAULT_ACCESS);
        access.put(pkg, ac.setting());
        if (ac.setting() == null || ac.setting().equals(before)) {
            return;
        }
        if (steps.isEmpty() && e.simTime().equals(start)) {
            initialAccess.put(pkg, ac.setting());
        } else {
            ObjectNode step = action("set");
            step.putObject("access").put(pkg, ac.setting());
            add(e, step);
        }
    }

    private void deviceChanged(EngineEvent e, Events.DeviceStateChanged d) {
        if ("log off".equals(d.why())) {
            logoff(e);
            return;
        }
        if (!Events.DeviceStateChanged.BY_USER.equals(d.why())) {
            return;
        }
        ObjectNode step = action("set");
        DeviceFields.put(d.state(), d.changed(), step);
        if (step.size() > 1) {
            add(e, step);
        }
    }

    private void profileChanged(EngineEvent e, Events.ProfileChanged pc) {
        if (!dev.bgsim.engine.device.DeviceProfile.BUILT_IN.contains(pc.profile())) {
            notes.add("the profile changed to the custom profile " + pc.profile() + " at " + at(e)
                    + "; give its .json path in a set step by hand");
            return;
        }
        add(e, action("set").put("profile", pc.profile()));
    }

    private void clockChanged(EngineEvent e, Events.ClockModeChanged c) {
        if (c.speed() != speed) {
            speed = c.speed();
            add(e, action("set").put("speed", speed));
        }
        if (c.timeSkipping() != timeSkipping) {
            timeSkipping = c.timeSkipping();
            add(e, action("set").put("timeSkipping", timeSkipping));
        }
    }

    private void fired(EngineEvent e, Events.TriggerFired f) {
        Subjects s = e.subjects();
        // FireByName fires every registration of the name in one command: one step, not one per registration.
        if (lastFire != null && lastFire.step().at().equals(offset(e))
                && s.registrationName().equals(lastFire.step().fields().path("registration").asText())
                && s.packageName().equals(lastFire.step().fields().path("package").asText())
                && f.forced() == lastFire.step().fields().path("force").asBoolean(false)
                && lastFire.registrations().add(s.registrationId())) {
            return;
        }
        ObjectNode step = registration(action("fire"), s);
        if (f.forced()) {
            step.put("force", true);
        }
        arguments(s.registrationId(), f.details(), step);
        ExportStep added = add(e, step);
        lastFire = new Fire(added, new HashSet<>(Set.of(s.registrationId())));
    }

    /** The arguments a task saw in its trigger details, as the {@code arguments} a scenario gives. */
    private void arguments(UUID registrationId, Object details, ObjectNode step) {
        if (details == null) {
            return;
        }
        JsonNode tree = mapper.valueToTree(details);
        String kind = triggerKinds.getOrDefault(registrationId, "");
        JsonNode args = switch (kind) {
            case "APPLICATION", "MEDIA_PROCESSING" -> tree.path("arguments");
            case "DEVICE_USE", "DEVICE_SERVICING" -> tree.path("arguments").isTextual() && !tree.path("arguments").asText().isEmpty()
                    ? JsonNodeFactory.instance.objectNode().set("arguments", tree.path("arguments")) : null;
            default -> tree;
        };
        if (args != null && args.isObject() && !args.isEmpty()) {
            step.set("arguments", args);
        }
    }

    private void host(EngineEvent e, String doWhat) {
        String engineId = e.subjects().hostId();
        var id = hosts.scenarioId(engineId);
        if (id.isEmpty()) {
            notes.add(doWhat + " of host " + engineId + " at " + at(e) + " has no scenario form; it is left out");
            return;
        }
        add(e, action(doWhat).put("host", id.get()));
    }

    private void appChanged(EngineEvent e, Events.AppStateChanged a) {
        if ("LOGOFF".equals(a.action())) {
            logoff(e);
            return;
        }
        if (!Events.AppStateChanged.BY_USER.equals(a.why())) {
            return;
        }
        String doWhat = switch (a.action()) {
            case "LAUNCH" -> "launch";
            case "MINIMISE" -> "minimise";
            case "RESTORE" -> "restore";
            case "SUSPEND", "SYSTEM_SUSPEND" -> "suspend";
            case "RESUME" -> "resume";
            case "TERMINATE" -> "terminate";
            case "SUSPEND_AND_TERMINATE" -> "suspendAndTerminate";
            default -> null;
        };
        if (doWhat == null) {
            notes.add("app action " + a.action() + " at " + at(e) + " has no scenario form; it is left out");
            return;
        }
        if ("SYSTEM_SUSPEND".equals(a.action())) {
            notes.add("the system suspend at " + at(e) + " is written as a user suspend");
        }
        add(e, action(doWhat).put("package", e.subjects().packageName()));
    }

    private void logoff(EngineEvent e) {
        Duration at = offset(e);
        if (!at.equals(lastLogoff)) {
            lastLogoff = at;
            add(e, action("logoff"));
        }
    }

    private void unregistered(EngineEvent e, Events.RegistrationRemoved r) {
        Subjects s = e.subjects();
        if (lastUnregister != null && lastUnregister.at().equals(offset(e))
                && s.registrationName().equals(lastUnregister.fields().path("registration").asText())
                && s.packageName().equals(lastUnregister.fields().path("package").asText())) {
            return;
        }
        lastUnregister = add(e, registration(action("unregister"), s).put("cancelTask", r.cancelTask()));
    }

    private ObjectNode action(String doWhat) {
        return JsonNodeFactory.instance.objectNode().put("do", doWhat);
    }

    private static ObjectNode registration(ObjectNode step, Subjects s) {
        return step.put("registration", s.registrationName()).put("package", s.packageName());
    }

    private static ObjectNode instance(ObjectNode step, Subjects s) {
        return registration(step, s).put("instance", s.instanceNumber());
    }

    private ExportStep add(EngineEvent e, ObjectNode fields) {
        ExportStep step = new ExportStep(offset(e), fields);
        steps.add(step);
        return step;
    }

    private Duration offset(EngineEvent e) {
        Duration d = Duration.between(start, e.simTime());
        return d.isNegative() ? Duration.ZERO : d;
    }

    private String at(EngineEvent e) {
        return DurationText.format(offset(e));
    }

    /** Package identities in the order the session loaded them, without repeats. */
    List<String> loadedIdentities() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        loaded.forEach(l -> seen.put(l.identity(), true));
        return new ArrayList<>(seen.keySet());
    }
}

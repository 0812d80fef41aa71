package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.event.EventLog;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.workspace.RegistrationStore;
import dev.bgsim.engine.workspace.StoredAccess;
import dev.bgsim.engine.workspace.StoredRegistration;
import dev.bgsim.engine.workspace.TriggerCodec;
import dev.bgsim.sdk.SystemConditionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The broker's side of the workspace (SPEC 3.3 "registrations persist", SPEC 7): saves
 * registrations and access settings after every change, and keeps restored registrations of
 * packages not loaded yet until their package loads. Engine thread only.
 */
final class BrokerPersistence {
    private final RegistrationStore store;
    private final EventLog log;
    private final List<StoredRegistration> detached = new ArrayList<>();
    private final Map<String, StoredAccess> detachedAccess = new LinkedHashMap<>();

    BrokerPersistence(RegistrationStore store, EventLog log) {
        this.store = store;
        this.log = log;
    }

    /** Engine thread only. What the store held at start; kept until each package loads. */
    void restore(RegistrationStore.Loaded loaded) {
        detached.addAll(loaded.registrations());
        detachedAccess.putAll(loaded.access());
    }

    /** Engine thread only. Restored registrations of a package that just loaded (removed from the detached set). */
    List<StoredRegistration> takeFor(String packageName) {
        List<StoredRegistration> mine = detached.stream().filter(r -> r.packageName().equals(packageName)).toList();
        detached.removeAll(mine);
        return mine;
    }

    /** Engine thread only. Puts a restored registration back (it could not be attached) so it is not lost. */
    void keepDetached(StoredRegistration r, String why) {
        detached.add(r);
        log.emit(Subjects.ofPackage(r.packageName()), new Events.WorkspaceProblem("registrations.json",
                "registration '" + r.name() + "' was not restored: " + why + "; it is kept in the workspace", null));
    }

    /** Engine thread only. Applies the package's saved access setting, if any. */
    void restoreAccess(PackageRuntime p) {
        StoredAccess a = detachedAccess.remove(p.pkg.identityName());
        if (a != null) {
            p.access = AccessSetting.valueOf(a.setting());
            p.accessRequested = a.requested();
            p.accessResetByUpdate = a.resetByUpdate();
        }
    }

    void forgetAccess(String packageName) {
        detachedAccess.remove(packageName);
    }

    /** Engine thread only. Saves every registration (attached and detached). */
    void saveRegistrations(Iterable<Registration> attached, Map<String, String> groupNames) {
        List<StoredRegistration> out = new ArrayList<>();
        for (Registration r : attached) {
            out.add(new StoredRegistration(r.taskId, r.packageName, r.name, r.entryPoint, TriggerCodec.encode(r.trigger),
                    r.conditions.stream().map(SystemConditionType::name).toList(), r.cancelOnConditionLoss, r.groupId,
                    r.groupId == null ? null : groupNames.get(r.groupId), r.origin, r.consumed, r.networkRequested));
        }
        out.addAll(detached);
        store.saveRegistrations(out);
    }

    /** Engine thread only. Saves every package's access setting (loaded and not). */
    void saveAccess(Map<String, PackageRuntime> packages) {
        Map<String, StoredAccess> out = new LinkedHashMap<>(detachedAccess);
        packages.forEach((name, p) -> out.put(name, new StoredAccess(p.access.name(), p.accessRequested,
                p.accessResetByUpdate)));
        store.saveAccess(out);
    }
}

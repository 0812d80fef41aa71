package dev.bgsim.ui.port;

import dev.bgsim.pkg.TriggerSpec;
import dev.bgsim.sdk.SystemConditionType;
import java.util.List;
import java.util.Objects;

/**
 * A registration the user makes by hand from the packages tree (SPEC 5 "register new"): one of
 * the package's declared tasks, under a name, with a trigger and conditions. The broker checks it
 * as it checks an app's register() call, so a refusal reads the same.
 *
 * @param packageName the loaded package
 * @param name        the registration's name
 * @param entryPoint  a task class the package declares
 * @param trigger     the trigger, as data
 * @param conditions  conditions that must all hold before it runs
 */
public record ManualRegistration(String packageName, String name, String entryPoint, TriggerSpec trigger,
                                 List<SystemConditionType> conditions) {
    public ManualRegistration {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(trigger, "trigger");
        conditions = List.copyOf(conditions);
    }

    /** One line for the status area: {@code Nightly: gallery.Sync on TimeTrigger(freshnessMinutes=15, oneShot=false)}. */
    public String describe() {
        return name + ": " + entryPoint + " on " + trigger.describe()
                + (conditions.isEmpty() ? "" : " when " + conditions);
    }
}

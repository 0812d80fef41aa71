package dev.bgsim.engine.broker;

import dev.bgsim.engine.device.AccessTable;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.engine.packages.SimPackage;
import dev.bgsim.pkg.TaskTypeTable;
import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.BackgroundAccessStatus;
import dev.bgsim.sdk.BackgroundTaskRegistrationException.Reason;
import dev.bgsim.sdk.MaintenanceTrigger;
import dev.bgsim.sdk.SystemConditionType;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The registration rules of SPEC 3.3 as a table: checked top to bottom, the first rule that
 * refuses gives the {@link Reason} and the specifics.
 */
public final class RegistrationRules {
    /** What the rules look at. */
    public record Input(RegistrationRequest request, SimPackage pkg, Collection<Registration> existing,
                        BackgroundAccessStatus access, DeviceProfile profile) {
    }

    /** One rule: refuses with {@code reason} when {@code refuses} holds. */
    public record Rule(Reason reason, Predicate<Input> refuses, String details) {
    }

    private static final Set<TriggerKind> ONE_PER_PACKAGE = Set.of(TriggerKind.APPLICATION, TriggerKind.MEDIA_PROCESSING,
            TriggerKind.DEVICE_USE);
    private static final Set<TriggerKind> NOT_IN_PROCESS = Set.of(TriggerKind.DEVICE_USE, TriggerKind.DEVICE_SERVICING);

    public static final List<Rule> RULES = List.of(
            new Rule(Reason.NO_TRIGGER, in -> in.request().trigger() == null, "no trigger"),
            new Rule(Reason.INVALID_TRIGGER_TYPE, in -> in.request().trigger() instanceof SystemTrigger s
                    && s.getTriggerType() == SystemTriggerType.INVALID, "SystemTriggerType.INVALID"),
            new Rule(Reason.INVALID_CONDITION_TYPE, in -> in.request().conditions().contains(SystemConditionType.INVALID),
                    "SystemConditionType.INVALID"),
            new Rule(Reason.ENTRY_POINT_NOT_DECLARED, in -> in.request().entryPoint() != null
                    && in.pkg().declaredTask(in.request().entryPoint()).isEmpty(), "class not registered"),
            new Rule(Reason.TASK_TYPE_NOT_DECLARED, in -> in.profile().refuseUndeclaredTaskTypes()
                    && in.request().entryPoint() != null
                    && in.pkg().declaredTask(in.request().entryPoint())
                    .map(d -> !TaskTypeTable.standard().declaresTriggerFor(d.taskTypes(), in.request().trigger())).orElse(false),
                    "strict profile"),
            new Rule(Reason.FRESHNESS_TOO_SHORT, in -> freshness(in).map(f -> f < 15).orElse(false), "minimum 15 minutes"),
            new Rule(Reason.FRESHNESS_TOO_LONG, in -> in.request().trigger() instanceof MaintenanceTrigger m
                    && m.getFreshnessTime() > 43_200, "maximum 43,200 minutes"),
            new Rule(Reason.ONE_SHOT_CONTROL_CHANNEL_RESET, in -> in.request().trigger() instanceof SystemTrigger s
                    && s.getTriggerType() == SystemTriggerType.CONTROL_CHANNEL_RESET && s.isOneShot(), "oneShot=true"),
            new Rule(Reason.CONDITIONS_NOT_ALLOWED, in -> TriggerKind.of(in.request().trigger()) == TriggerKind.DEVICE_USE
                    && !in.request().conditions().isEmpty(), "DeviceUseTrigger"),
            new Rule(Reason.TRIGGER_ALREADY_REGISTERED, in -> ONE_PER_PACKAGE.contains(TriggerKind.of(in.request().trigger()))
                    && in.existing().stream().anyMatch(r -> !r.removed && r.kind == TriggerKind.of(in.request().trigger())),
                    "one per package"),
            new Rule(Reason.NOT_ALLOWED_IN_PROCESS, in -> in.request().entryPoint() == null
                    && NOT_IN_PROCESS.contains(TriggerKind.of(in.request().trigger())), "in-process"),
            new Rule(Reason.ACCESS_DENIED, in -> AccessTable.denied(in.access()), "access status"));

    private RegistrationRules() {
    }

    private static Optional<Integer> freshness(Input in) {
        if (in.request().trigger() instanceof TimeTrigger t) {
            return Optional.of(t.getFreshnessTime());
        }
        if (in.request().trigger() instanceof MaintenanceTrigger m) {
            return Optional.of(m.getFreshnessTime());
        }
        return Optional.empty();
    }

    /** The first refusing rule, with details filled in; empty when the registration is allowed. */
    public static Optional<Rule> check(Input in) {
        for (Rule r : RULES) {
            if (r.refuses().test(in)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}

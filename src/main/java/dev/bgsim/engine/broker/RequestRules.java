package dev.bgsim.engine.broker;

import dev.bgsim.pkg.TriggerKind;
import dev.bgsim.sdk.BackgroundAccessStatus;

/**
 * The rules for app-signalled triggers (SPEC 3.4; semantics reference 3.4, 3.5, 3.9), first
 * match wins:
 *
 * <table>
 *   <caption>requestAsync answers</caption>
 *   <tr><th>when</th><th>Application / MediaProcessing</th><th>DeviceUse / DeviceServicing</th></tr>
 *   <tr><td>caller is not the foreground app (background app, a task)</td><td>DISABLED_BY_POLICY</td><td>DENIED_BY_SYSTEM</td></tr>
 *   <tr><td>the registration's task runs</td><td>CURRENTLY_RUNNING</td><td>DENIED_BY_SYSTEM</td></tr>
 *   <tr><td>access denied by the user / by system policy</td><td>DISABLED_BY_POLICY</td><td>DENIED_BY_USER / DENIED_BY_SYSTEM</td></tr>
 *   <tr><td>battery saver in effect</td><td>DISABLED_BY_POLICY</td><td>—</td></tr>
 *   <tr><td>on battery under the saver threshold</td><td>—</td><td>LOW_BATTERY</td></tr>
 *   <tr><td>DeviceUse concurrency limit reached (another runs)</td><td>—</td><td>DENIED_BY_SYSTEM</td></tr>
 *   <tr><td>otherwise</td><td>ALLOWED</td><td>ALLOWED</td></tr>
 * </table>
 */
public final class RequestRules {
    private RequestRules() {
    }

    /** What the decision looks at. */
    public record Input(TriggerKind kind, RequestCaller caller, boolean running, BackgroundAccessStatus access,
                        boolean saverActive, boolean onBatteryUnderThreshold, boolean deviceUseLimitReached) {
    }

    /** The verdict and why, in words. */
    public record Decision(RequestVerdict verdict, String why) {
    }

    public static Decision decide(Input in) {
        boolean device = in.kind() == TriggerKind.DEVICE_USE || in.kind() == TriggerKind.DEVICE_SERVICING;
        if (!in.caller().foreground()) {
            return new Decision(RequestVerdict.DISABLED_BY_POLICY, "requested from "
                    + (in.caller() == RequestCaller.TASK ? "a background task" : "the background")
                    + ": only the foreground app may signal " + in.kind());
        }
        if (in.running()) {
            return new Decision(RequestVerdict.CURRENTLY_RUNNING, "the task is already running");
        }
        if (in.access() == BackgroundAccessStatus.DENIED_BY_USER) {
            return new Decision(device ? RequestVerdict.DENIED_BY_USER : RequestVerdict.DISABLED_BY_POLICY,
                    "background access is denied by the user");
        }
        if (in.access() == BackgroundAccessStatus.DENIED_BY_SYSTEM_POLICY || in.access() == BackgroundAccessStatus.DENIED) {
            return new Decision(RequestVerdict.DISABLED_BY_POLICY, "background access is " + in.access());
        }
        if (!device && in.saverActive()) {
            return new Decision(RequestVerdict.DISABLED_BY_POLICY, "battery saver is on");
        }
        if (device && in.onBatteryUnderThreshold()) {
            return new Decision(RequestVerdict.LOW_BATTERY, "on battery under the battery saver threshold");
        }
        if (in.kind() == TriggerKind.DEVICE_USE && in.deviceUseLimitReached()) {
            return new Decision(RequestVerdict.DENIED_BY_SYSTEM, "another DeviceUseTrigger task runs (concurrency limit)");
        }
        return new Decision(RequestVerdict.ALLOWED, "allowed");
    }
}

package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.HostId;
import dev.bgsim.scenario.InstanceRef;
import dev.bgsim.scenario.RegistrationRef;
import dev.bgsim.scenario.action.Action;
import dev.bgsim.scenario.action.Advance;
import dev.bgsim.scenario.action.Cancel;
import dev.bgsim.scenario.action.FireRegistration;
import dev.bgsim.scenario.action.FireSystemEvent;
import dev.bgsim.scenario.action.KillApp;
import dev.bgsim.scenario.action.KillHost;
import dev.bgsim.scenario.action.KillInstance;
import dev.bgsim.scenario.action.Launch;
import dev.bgsim.scenario.action.Logoff;
import dev.bgsim.scenario.action.Minimise;
import dev.bgsim.scenario.action.PressButton;
import dev.bgsim.scenario.action.Request;
import dev.bgsim.scenario.action.Restore;
import dev.bgsim.scenario.action.Resume;
import dev.bgsim.scenario.action.ResumeHost;
import dev.bgsim.scenario.action.SetDevice;
import dev.bgsim.scenario.action.Suspend;
import dev.bgsim.scenario.action.SuspendAndTerminate;
import dev.bgsim.scenario.action.RunIsolated;
import dev.bgsim.scenario.action.SuspendHost;
import dev.bgsim.scenario.action.Terminate;
import dev.bgsim.scenario.action.Uninstall;
import dev.bgsim.scenario.action.Unregister;
import dev.bgsim.scenario.action.Update;
import dev.bgsim.scenario.device.DeviceSetting;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.sdk.SystemTriggerType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the action of a {@code "do"} step: the catalogue of every verb, the fields each takes,
 * and how each becomes an {@link Action}.
 */
final class ActionReader {

    /** The fields a step object has besides its action's own. */
    static final List<String> STEP_FIELDS = List.of("at", "do", "comment");

    private static final String PACKAGE_EXAMPLE = "\"package\": \"Samples.BackgroundTask\"";

    /** What a verb takes and how it is read. */
    private record Form(List<String> fields, Function<FieldReader, Optional<? extends Action>> reader) {
    }

    private final Map<String, Form> forms = new LinkedHashMap<>();
    private final ReferencedFiles files;
    private final DeviceSettingsReader deviceSettings;
    private final RegisterReader registerReader = new RegisterReader();

    ActionReader(ReferencedFiles files, DeviceSettingsReader deviceSettings) {
        this.files = files;
        this.deviceSettings = deviceSettings;
        appLifecycle("launch", Launch::new);
        appLifecycle("minimise", Minimise::new);
        appLifecycle("restore", Restore::new);
        appLifecycle("suspend", Suspend::new);
        appLifecycle("resume", Resume::new);
        appLifecycle("terminate", Terminate::new);
        appLifecycle("suspendAndTerminate", SuspendAndTerminate::new);
        forms.put(Update.VERB, new Form(List.of("package", "path"), this::update));
        appLifecycle("uninstall", Uninstall::new);
        forms.put(Logoff.VERB, new Form(List.of("package"), f -> Optional.of(new Logoff(f.string("package")))));
        forms.put(FireRegistration.VERB, new Form(
                List.of("registration", "package", "systemEvent", "force", "arguments"), this::fire));
        forms.put(Request.VERB, new Form(List.of("registration", "package", "arguments"), this::request));
        forms.put(Cancel.VERB, new Form(List.of("registration", "package", "instance", "reason"), this::cancel));
        forms.put(KillInstance.VERB, new Form(List.of("registration", "package", "instance", "host", "app"), this::kill));
        forms.put(SuspendHost.VERB, new Form(List.of("host"), f -> requiredHost(f).map(SuspendHost::new)));
        forms.put(ResumeHost.VERB, new Form(List.of("host"), f -> requiredHost(f).map(ResumeHost::new)));
        forms.put(RegisterReader.VERB, new Form(RegisterReader.FIELDS, registerReader::read));
        forms.put(Unregister.VERB, new Form(List.of("registration", "package", "cancelTask"), this::unregister));
        forms.put(SetDevice.VERB, new Form(DeviceSettingsReader.FIELDS, this::set));
        forms.put(Advance.VERB, new Form(List.of("by"), this::advance));
        forms.put(PressButton.VERB, new Form(List.of("package", "button"), this::press));
        forms.put(RunIsolated.VERB, new Form(List.of("package", "isolated"), fields -> {
            fields.require("package", PACKAGE_EXAMPLE);
            boolean isolated = fields.bool("isolated").orElse(true);
            return fields.string("package").map(p -> new RunIsolated(p, isolated));
        }));
    }

    /** Every verb, in the order the docs list them. */
    List<String> verbs() {
        return List.copyOf(forms.keySet());
    }

    /** Whether {@code verb} is an action. */
    boolean knows(String verb) {
        return forms.containsKey(verb);
    }

    /**
     * Reads the action {@code verb} from a step object.
     *
     * @param verb a verb this reader {@link #knows}
     */
    Optional<Action> read(String verb, LocatedObject step, Problems problems) {
        Form form = forms.get(verb);
        List<String> allowed = new ArrayList<>(STEP_FIELDS);
        allowed.addAll(form.fields());
        FieldReader fields = new FieldReader(step, "the \"" + verb + "\" step", problems, allowed);
        Optional<? extends Action> action = form.reader().apply(fields);
        return fields.clean() ? action.map(Action.class::cast) : Optional.empty();
    }

    private void appLifecycle(String verb, Function<String, Action> create) {
        forms.put(verb, new Form(List.of("package"), fields -> {
            fields.require("package", PACKAGE_EXAMPLE);
            return fields.string("package").map(create);
        }));
    }

    private Optional<Action> update(FieldReader fields) {
        fields.require("package", PACKAGE_EXAMPLE);
        Optional<String> packageName = fields.string("package");
        Optional<Path> newVersion = fields.string("path").flatMap(path ->
                files.existing(path, "new version file", fields.value("path").orElseThrow().location()));
        return packageName.map(p -> new Update(p, newVersion));
    }

    private Optional<Action> fire(FieldReader fields) {
        boolean force = fields.bool("force").orElse(false);
        if (fields.has("systemEvent")) {
            if (fields.has("registration")) {
                fields.problem("the \"fire\" step names both a registration and a system event",
                        "fire one per step: keep \"registration\" or \"systemEvent\"");
            }
            if (fields.has("arguments")) {
                problemAt(fields, "arguments", "a system event carries no arguments",
                        "remove \"arguments\", or fire a registration to pass them to its task");
            }
            if (fields.has("package")) {
                problemAt(fields, "package", "a system event reaches every package",
                        "remove \"package\", or fire a registration of that package");
            }
            Optional<SystemTriggerType> event = fields.word("systemEvent", Words.SYSTEM_EVENTS);
            return event.map(e -> new FireSystemEvent(e, force));
        }
        if (!fields.has("registration")) {
            fields.problem("the \"fire\" step names nothing to fire",
                    "add " + Addresses.REGISTRATION_EXAMPLE + " or \"systemEvent\": \"TIME_ZONE_CHANGE\"");
            return Optional.empty();
        }
        Optional<RegistrationRef> registration = Addresses.registration(fields);
        Map<String, Object> arguments = arguments(fields);
        return registration.map(r -> new FireRegistration(r, force, arguments));
    }

    private Optional<Action> press(FieldReader fields) {
        fields.require("package", PACKAGE_EXAMPLE);
        fields.require("button", "\"button\": \"Signal\" (a command the app lists in its LocalSettings value Commands.Available)");
        Optional<String> packageName = fields.string("package");
        Optional<String> button = fields.string("button");
        return packageName.flatMap(p -> button.map(b -> new PressButton(p, b)));
    }

    private Optional<Action> request(FieldReader fields) {
        Optional<RegistrationRef> registration = Addresses.registration(fields);
        Map<String, Object> arguments = arguments(fields);
        return registration.map(r -> new Request(r, arguments));
    }

    private Optional<Action> cancel(FieldReader fields) {
        Optional<InstanceRef> instance = Addresses.instance(fields);
        fields.require("reason", "\"reason\" with a cancellation reason: "
                + String.join(", ", Words.CANCELLATION_REASONS.words()));
        Optional<BackgroundTaskCancellationReason> reason = fields.word("reason", Words.CANCELLATION_REASONS);
        if (instance.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Cancel(instance.get(), reason.get()));
    }

    private Optional<Action> kill(FieldReader fields) {
        List<String> targets = new ArrayList<>();
        if (fields.has("registration") || fields.has("instance")) {
            targets.add("an instance");
        }
        if (fields.has("host")) {
            targets.add("a host");
        }
        if (fields.has("app")) {
            targets.add("an app");
        }
        if (targets.size() != 1) {
            fields.problem(targets.isEmpty() ? "the \"kill\" step names nothing to kill"
                            : "the \"kill\" step names " + String.join(" and ", targets) + " to kill",
                    "name one: \"registration\" and \"instance\", or \"host\", or \"app\"");
            return Optional.empty();
        }
        if (fields.has("host")) {
            return Addresses.host(fields, "host").map(KillHost::new);
        }
        if (fields.has("app")) {
            return fields.string("app").map(KillApp::new);
        }
        return Addresses.instance(fields).map(KillInstance::new);
    }

    private Optional<HostId> requiredHost(FieldReader fields) {
        fields.require("host", "\"host\": \"Samples.BackgroundTask/default\" (" + HostId.EXPECTED_FORMS + ")");
        return Addresses.host(fields, "host");
    }

    private Optional<Action> unregister(FieldReader fields) {
        Optional<RegistrationRef> registration = Addresses.registration(fields);
        fields.require("cancelTask", "\"cancelTask\": true to cancel running instances with ABORT,"
                + " or false to let them finish");
        Optional<Boolean> cancelTask = fields.bool("cancelTask");
        if (registration.isEmpty() || cancelTask.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Unregister(registration.get(), cancelTask.get()));
    }

    private Optional<Action> set(FieldReader fields) {
        List<DeviceSetting> settings = deviceSettings.read(fields, DeviceSettingsReader.FIELDS);
        boolean namesAField = fields.fieldNames().stream().anyMatch(DeviceSettingsReader.FIELDS::contains);
        if (!namesAField) {
            fields.problem("the \"set\" step sets nothing",
                    "add a device field such as \"batterySaver\": \"on\" (fields: "
                            + String.join(", ", DeviceSettingsReader.FIELDS) + ")");
        }
        return settings.isEmpty() ? Optional.empty() : Optional.of(new SetDevice(settings));
    }

    private Optional<Action> advance(FieldReader fields) {
        fields.require("by", "\"by\": \"10s\"");
        Optional<Duration> by = fields.duration("by");
        if (by.isPresent() && by.get().isZero()) {
            problemAt(fields, "by", "\"by\" is zero, so the advance does nothing", "advance by more than 0s, or remove the step");
            return Optional.empty();
        }
        return by.map(Advance::new);
    }

    private Map<String, Object> arguments(FieldReader fields) {
        return fields.object("arguments", "{\"name\": \"value\"}").map(PlainJson::toJavaMap).orElse(Map.of());
    }

    private static void problemAt(FieldReader fields, String field, String problem, String remedy) {
        fields.problems().add(fields.value(field).orElseThrow().location(), problem, remedy);
    }
}

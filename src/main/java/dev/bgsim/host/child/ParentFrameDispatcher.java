package dev.bgsim.host.child;

import dev.bgsim.host.protocol.DeviceStatusSnapshot;
import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.HostExitCodes;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.host.protocol.ProtocolException;
import dev.bgsim.host.protocol.TriggerDetailsCodec;
import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import java.util.UUID;

/**
 * Acts on each frame bgsim sends. Reader thread only; it never runs task code itself (run,
 * callbacks and listeners get threads of their own), so it is always free to read the next frame.
 */
final class ParentFrameDispatcher {
    private final HostServices services;
    private final InstanceTable instances;
    private final TaskRunner runner;

    ParentFrameDispatcher(HostServices services, InstanceTable instances) {
        this.services = services;
        this.instances = instances;
        this.runner = new TaskRunner(services);
    }

    /** Acts on one frame. @throws ProtocolException when its content is unusable: the host must end. */
    void dispatch(Message m) throws ProtocolException {
        switch (m.type()) {
            case START_INSTANCE -> start(m);
            case CANCEL -> instance(m).cancel(reason(m.string(Field.REASON)));
            case WAKE -> {
                services.simTime().set(m.integer(Field.SIM_NANOS));
                instance(m).clock().wake(m.integer(Field.SLEEP_ID));
            }
            case TIMER_FIRE -> {
                services.simTime().set(m.integer(Field.SIM_NANOS));
                instance(m).clock().fire(m.integer(Field.TIMER_ID));
            }
            case CLOCK -> services.simTime().set(m.integer(Field.SIM_NANOS), rate(m));
            case STATUS_UPDATE -> services.status().update(DeviceStatusSnapshot.fromWire(m.object(Field.STATUS)));
            case SETTINGS_CHANGED -> settingsChanged(m);
            case SUSPENDED_COUNT -> instance(m).setSuspendedCount((int) m.integer(Field.COUNT));
            case PAUSE -> services.channel().setPaused(true);
            case RESUME -> services.channel().setPaused(false);
            case SHUTDOWN -> Runtime.getRuntime().halt(HostExitCodes.NORMAL);
            case PING -> services.channel().send(Message.of(MessageType.PONG).with(Field.SEQ, m.integer(Field.SEQ)).build());
            default -> throw new ProtocolException(m.type() + " is not a frame bgsim sends");
        }
    }

    private void start(Message m) throws ProtocolException {
        UUID id = uuid(m.string(Field.INSTANCE_ID), "instanceId");
        UUID taskId = uuid(m.string(Field.TASK_ID), "taskId");
        String packageId = m.string(Field.PACKAGE_ID);
        services.simTime().set(m.integer(Field.SIM_NANOS), rate(m));
        services.status().update(DeviceStatusSnapshot.fromWire(m.object(Field.STATUS)));
        services.settings().of(packageId).replaceAll(m.object(Field.SETTINGS));
        Object details = TriggerDetailsCodec.fromWire(m.string(Field.DETAILS_KIND), m.value(Field.DETAILS));
        HostInstance instance = new HostInstance(id, new HostRegistration(m.string(Field.TASK_NAME), taskId),
                details, packageId, services);
        instances.add(instance);
        boolean appActivation = m.has(Field.APP_ACTIVATION) && m.bool(Field.APP_ACTIVATION);
        runner.start(instance, packageId, m.string(Field.ENTRY_POINT), m.strings(Field.CODE_JARS), appActivation);
    }

    private void settingsChanged(Message m) {
        SettingsCache cache = services.settings().of(m.string(Field.PACKAGE_ID));
        if (m.bool(Field.REMOVED)) {
            cache.remove(m.string(Field.KEY));
        } else {
            cache.put(m.string(Field.KEY), m.value(Field.VALUE));
        }
    }

    private HostInstance instance(Message m) throws ProtocolException {
        return instances.get(m.string(Field.INSTANCE_ID), m.type().name());
    }

    private static double rate(Message m) throws ProtocolException {
        double rate = m.number(Field.RATE);
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new ProtocolException("clock rate must be a finite number of zero or more, got " + rate);
        }
        return rate;
    }

    private static BackgroundTaskCancellationReason reason(String name) throws ProtocolException {
        try {
            return BackgroundTaskCancellationReason.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("unknown cancellation reason \"" + name + "\"");
        }
    }

    private static UUID uuid(String text, String field) throws ProtocolException {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(field + " \"" + text + "\" is not a UUID");
        }
    }
}

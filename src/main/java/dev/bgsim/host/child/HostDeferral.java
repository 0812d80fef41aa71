package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.sdk.BackgroundTaskDeferral;
import java.util.concurrent.atomic.AtomicBoolean;

/** One deferral: {@code complete()} sends DEFERRAL_COMPLETED, marked {@code again} from the second call on. Any thread. */
final class HostDeferral implements BackgroundTaskDeferral {
    private final String instanceId;
    private final long id;
    private final HostChannel channel;
    private final AtomicBoolean completed = new AtomicBoolean();

    HostDeferral(String instanceId, long id, HostChannel channel) {
        this.instanceId = instanceId;
        this.id = id;
        this.channel = channel;
    }

    @Override
    public void complete() {
        boolean again = !completed.compareAndSet(false, true);
        channel.sendFromTask(Message.of(MessageType.DEFERRAL_COMPLETED).with(Field.INSTANCE_ID, instanceId)
                .with(Field.DEFERRAL_ID, id).with(Field.AGAIN, again).build());
    }
}

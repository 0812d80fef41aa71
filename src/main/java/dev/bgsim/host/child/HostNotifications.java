package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.sdk.Notifications;
import java.util.List;
import java.util.Objects;

/** {@link Notifications} for one instance: each call is one NOTIFICATION frame. Any task thread. */
final class HostNotifications implements Notifications {
    private final String instanceId;
    private final HostChannel channel;

    HostNotifications(String instanceId, HostChannel channel) {
        this.instanceId = instanceId;
        this.channel = channel;
    }

    @Override
    public void showToast(String title, String text) {
        send(notification("toast").with(Field.TITLE, Objects.requireNonNull(title, "title"))
                .with(Field.TEXT, Objects.requireNonNull(text, "text")));
    }

    @Override
    public void updateTile(String... lines) {
        send(notification("tile").with(Field.LINES, List.of(lines)));
    }

    @Override
    public void setBadge(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a badge is a count of zero or more, got " + value);
        }
        send(notification("badge").with(Field.BADGE, value));
    }

    @Override
    public void clearBadge() {
        send(notification("clearBadge"));
    }

    private Message.Builder notification(String kind) {
        return Message.of(MessageType.NOTIFICATION).with(Field.INSTANCE_ID, instanceId).with(Field.NOTIFICATION_KIND, kind);
    }

    private void send(Message.Builder b) {
        channel.sendFromTask(b.build());
    }
}

package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The instance's {@code System.Logger}: each record is an OUTPUT frame on stream "logger" with
 * its level, marked with the instance. Every level but OFF is loggable: bgsim filters for display.
 * Any task thread.
 */
final class FrameLogger implements System.Logger {
    private final String name;
    private final String instanceId;
    private final HostChannel channel;

    FrameLogger(String name, String instanceId, HostChannel channel) {
        this.name = name;
        this.instanceId = instanceId;
        this.channel = channel;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return level != Level.OFF;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        if (!isLoggable(level)) {
            return;
        }
        String text = localized(bundle, msg);
        send(level, thrown == null ? text : text + "\n" + StackText.of(thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (!isLoggable(level)) {
            return;
        }
        String pattern = localized(bundle, format);
        send(level, params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params));
    }

    private void send(Level level, String text) {
        channel.sendFromTask(Message.of(MessageType.OUTPUT).with(Field.STREAM, "logger")
                .with(Field.TEXT, StackText.clip(String.valueOf(text))).with(Field.INSTANCE_ID, instanceId)
                .with(Field.LEVEL, level.getName()).build());
    }

    private static String localized(ResourceBundle bundle, String key) {
        if (bundle == null || key == null || !bundle.containsKey(key)) {
            return key;
        }
        return bundle.getString(key);
    }
}

package dev.bgsim.engine.sdkimpl;

import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.host.CodeOwner;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** System.Logger whose lines become TaskOutput events. All levels are enabled. */
public final class TaskLogger implements System.Logger {
    private final String name;
    private final CodeOwner owner;
    private final SdkServices sdk;

    public TaskLogger(String name, CodeOwner owner, SdkServices sdk) {
        this.name = name;
        this.owner = owner;
        this.sdk = sdk;
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
        String text = thrown == null ? msg : msg + " " + thrown;
        sdk.emit(owner, new Events.TaskOutput(level.getName(), text, Thread.currentThread().getName()));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        String text = params == null || params.length == 0 ? format : MessageFormat.format(format, params);
        sdk.emit(owner, new Events.TaskOutput(level.getName(), text, Thread.currentThread().getName()));
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
        log(level, (ResourceBundle) null, msgSupplier.get(), (Object[]) null);
    }
}

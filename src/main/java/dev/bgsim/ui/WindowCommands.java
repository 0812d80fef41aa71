package dev.bgsim.ui;

import dev.bgsim.sdk.BackgroundTaskCancellationReason;
import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.registry.RegistryTreeViewModel;
import dev.bgsim.ui.shell.ToolbarViewModel;
import java.util.EnumMap;
import java.util.Map;

/** The window's keyboard commands, by action: what F5, Space, F8, Ctrl+K... do. */
public final class WindowCommands {
    private final Map<UiAction, Runnable> commands = new EnumMap<>(UiAction.class);

    WindowCommands(RegistryTreeViewModel registry, ToolbarViewModel toolbar, TimelineSlot timeline) {
        commands.put(UiAction.FIRE, () -> registry.fire(false));
        commands.put(UiAction.FORCE_FIRE, () -> registry.fire(true));
        // The keyboard cancel uses ABORT, the reason an app's own cancel gives; the menu offers all.
        commands.put(UiAction.CANCEL, () -> registry.cancel(BackgroundTaskCancellationReason.ABORT));
        commands.put(UiAction.TERMINATE, registry::terminate);
        commands.put(UiAction.PLAY_PAUSE, toolbar::togglePause);
        commands.put(UiAction.STEP, toolbar::step);
        commands.put(UiAction.FOLLOW_NOW, timeline::followNow);
    }

    public Map<UiAction, Runnable> all() {
        return Map.copyOf(commands);
    }
}

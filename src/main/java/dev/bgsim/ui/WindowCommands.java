package dev.bgsim.ui;

import dev.bgsim.ui.actions.UiAction;
import dev.bgsim.ui.registry.RegistryTreeViewModel;
import dev.bgsim.ui.shell.ToolbarViewModel;
import java.util.EnumMap;
import java.util.Map;

/** The window's keyboard commands, by action: what F5, Space, F8, Ctrl+K... do. */
public final class WindowCommands {
    private final Map<UiAction, Runnable> commands = new EnumMap<>(UiAction.class);

    WindowCommands(RegistryTreeViewModel registry, Runnable cancelWithChosenReason, ToolbarViewModel toolbar,
                   TimelineSlot timeline) {
        commands.put(UiAction.FIRE, () -> registry.fire(false));
        commands.put(UiAction.FORCE_FIRE, () -> registry.fire(true));
        // As the context menu: the user picks the reason (ABORT, an app's own cancel, comes first).
        commands.put(UiAction.CANCEL, cancelWithChosenReason);
        commands.put(UiAction.TERMINATE, registry::terminate);
        commands.put(UiAction.PLAY_PAUSE, toolbar::togglePause);
        commands.put(UiAction.STEP, toolbar::step);
        commands.put(UiAction.FOLLOW_NOW, timeline::followNow);
    }

    public Map<UiAction, Runnable> all() {
        return Map.copyOf(commands);
    }
}

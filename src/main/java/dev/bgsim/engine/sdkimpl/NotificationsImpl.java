package dev.bgsim.engine.sdkimpl;

import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.host.CodeOwner;
import dev.bgsim.sdk.Notifications;
import java.util.List;

/** Toasts, tiles and badges become NotificationShown events. */
public final class NotificationsImpl implements Notifications {
    private final CodeOwner owner;
    private final SdkServices sdk;

    public NotificationsImpl(CodeOwner owner, SdkServices sdk) {
        this.owner = owner;
        this.sdk = sdk;
    }

    @Override
    public void showToast(String title, String text) {
        sdk.emit(owner, new Events.NotificationShown("TOAST", title, text, List.of(), null));
    }

    @Override
    public void updateTile(String... lines) {
        sdk.emit(owner, new Events.NotificationShown("TILE", null, null, List.of(lines), null));
    }

    @Override
    public void setBadge(int value) {
        sdk.emit(owner, new Events.NotificationShown("BADGE", null, null, List.of(), value));
    }

    @Override
    public void clearBadge() {
        sdk.emit(owner, new Events.NotificationShown("BADGE", null, null, List.of(), null));
    }
}

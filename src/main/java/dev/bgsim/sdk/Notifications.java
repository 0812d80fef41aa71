package dev.bgsim.sdk;

/**
 * The only UI a background task may show: a toast, the app's tile and its badge. bgsim shows them
 * in its notification panel and on the timeline. A background task that opens a window (AWT,
 * Swing, JavaFX) fails instead, and the checker reports it.
 */
public interface Notifications {

    /** Shows a toast notification. */
    void showToast(String title, String text);

    /** Replaces the text lines of the app's live tile. */
    void updateTile(String... lines);

    /** Shows a number on the app's badge. */
    void setBadge(int value);

    /** Removes the app's badge. */
    void clearBadge();
}

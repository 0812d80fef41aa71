package dev.bgsim.ui.shell;

import javafx.scene.Scene;

/**
 * At most one heavy view refresh per pulse. A list, table or tree whose rows change costs the FX
 * thread its CSS and layout in that same pulse; under a storm of events the packages tree, the
 * host list and the event log each want a refresh about ten times a second, and when two or three
 * of them landed in one pulse that pulse took several frames. A view asks for the pulse's turn;
 * one that does not get it refreshes in a later pulse, a frame or two late, which nobody sees.
 *
 * <p>The turn comes back after each pulse's layout (a post-layout pulse listener of the window's
 * scene). Until a scene is attached every request gets a turn: without a window there are no
 * pulses to share. FX thread only.
 */
public final class PulseTurns {
    private final Runnable pulseDone = this::pulseDone;
    private boolean taken;
    private boolean refusedThisPulse;
    private boolean othersWait;
    private Scene scene;

    private void pulseDone() {
        othersWait = refusedThisPulse;
        refusedThisPulse = false;
        taken = false;
    }

    /** Hands out turns per pulse of {@code window} from now on (in place of any scene before). */
    public void attach(Scene window) {
        if (scene == window) {
            return;
        }
        if (scene != null) {
            scene.removePostLayoutPulseListener(pulseDone);
        }
        scene = window;
        taken = false;
        refusedThisPulse = false;
        othersWait = false;
        if (window != null) {
            window.addPostLayoutPulseListener(pulseDone);
        }
    }

    /** Whether the caller may refresh in this pulse; if so, nobody else may until the next. */
    public boolean tryTake() {
        if (scene == null) {
            return true;
        }
        if (taken) {
            refusedThisPulse = true;
            return false;
        }
        taken = true;
        return true;
    }

    /**
     * As {@link #tryTake()}, for work that can always wait (the timeline's background repaints,
     * which want most pulses): it does not take the turn in a pulse after one in which a view was
     * refused, so that view gets it.
     */
    public boolean tryTakeUnlessOthersWait() {
        if (scene != null && othersWait) {
            return false;
        }
        return tryTake();
    }
}

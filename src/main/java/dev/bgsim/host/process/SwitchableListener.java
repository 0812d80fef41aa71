package dev.bgsim.host.process;

import dev.bgsim.host.protocol.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link HostListener} whose target can change: a pooled host is started before anyone owns
 * it, so its calls are held until {@link #attach} and then replayed in order. Used by
 * {@link HostPool}; calls arrive on the host's threads as for any listener.
 */
final class SwitchableListener implements HostListener {
    private final List<Consumer<HostListener>> held = new ArrayList<>();
    private HostListener target;

    /** Sends held calls to {@code listener}, then every later call. */
    void attach(HostListener listener) {
        List<Consumer<HostListener>> replay;
        synchronized (this) {
            target = listener;
            replay = new ArrayList<>(held);
            held.clear();
        }
        replay.forEach(call -> call.accept(listener));
    }

    /** Holds calls again (the host went back to the pool). */
    synchronized void detach() {
        target = null;
    }

    private void dispatch(Consumer<HostListener> call, boolean holdIfDetached) {
        HostListener t;
        synchronized (this) {
            t = target;
            if (t == null) {
                if (holdIfDetached) {
                    held.add(call);
                }
                return;
            }
        }
        call.accept(t);
    }

    @Override
    public void onMessage(HostProcess host, Message message) {
        // Heartbeats of an unowned host are not worth holding; anything else is.
        dispatch(l -> l.onMessage(host, message), message.type() != dev.bgsim.host.protocol.MessageType.HEARTBEAT);
    }

    @Override
    public void onExit(HostProcess host, HostExit exit) {
        dispatch(l -> l.onExit(host, exit), true);
    }

    @Override
    public void onUnresponsive(HostProcess host, Duration silentFor) {
        dispatch(l -> l.onUnresponsive(host, silentFor), true);
    }

    @Override
    public void onResponsiveAgain(HostProcess host) {
        dispatch(l -> l.onResponsiveAgain(host), true);
    }

    @Override
    public void onStderrLine(HostProcess host, String line) {
        dispatch(l -> l.onStderrLine(host, line), true);
    }
}

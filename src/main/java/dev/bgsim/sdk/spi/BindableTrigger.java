package dev.bgsim.sdk.spi;

/**
 * The base of {@link dev.bgsim.sdk.BackgroundTrigger}: holds the simulator's
 * {@link TriggerRequestHandler} once the trigger is bound. For the simulator; task code never
 * uses it.
 *
 * <p>The binding is a field of the trigger object (no global state): it is set through
 * {@link SimulatorBindings#bind(dev.bgsim.sdk.BackgroundTrigger, TriggerRequestHandler)} and read
 * by the trigger's own request methods.
 */
public abstract class BindableTrigger {

    private volatile TriggerRequestHandler requestHandler;

    /** For the SDK's trigger classes. */
    protected BindableTrigger() {
    }

    /** The handler the simulator bound to this trigger, or null while it is unbound. */
    protected final TriggerRequestHandler boundRequestHandler() {
        return requestHandler;
    }

    final void bindRequestHandler(TriggerRequestHandler handler) {
        this.requestHandler = handler;
    }
}

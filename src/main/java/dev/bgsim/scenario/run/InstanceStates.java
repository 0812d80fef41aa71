package dev.bgsim.scenario.run;

import dev.bgsim.scenario.expect.InstanceState;

/**
 * The engine's instance states as a scenario names them (semantics reference 6.4): the engine's
 * finer steps before the end (starting, run() returned with a deferral outstanding) are all
 * RUNNING to a scenario.
 */
final class InstanceStates {

    private InstanceStates() {
    }

    /** The scenario state of an engine state. */
    static InstanceState of(dev.bgsim.engine.instance.InstanceState engineState) {
        return switch (engineState) {
            case STARTING, RUNNING, RUN_RETURNED_DEFERRED -> InstanceState.RUNNING;
            case CANCEL_REQUESTED -> InstanceState.CANCEL_REQUESTED;
            case COMPLETED -> InstanceState.COMPLETED;
            case CANCELED -> InstanceState.CANCELED;
            case FAILED -> InstanceState.FAILED;
            case TERMINATED -> InstanceState.TERMINATED;
        };
    }

    /** {@code RUNNING}, or {@code RUNNING (engine: RUN_RETURNED_DEFERRED)} when the engine says more. */
    static String describe(dev.bgsim.engine.instance.InstanceState engineState) {
        InstanceState state = of(engineState);
        return state.name().equals(engineState.name()) ? state.name() : state + " (engine: " + engineState + ")";
    }
}

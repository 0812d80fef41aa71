package dev.bgsim.scenario.expect;

/**
 * Something that must hold at a step's time. Each expectation step passes or fails, and is what
 * {@code N passed, N failed} counts.
 */
public sealed interface Expectation
        permits InstanceExpectation, InstanceCountExpectation, PendingExpectation, AppStateExpectation,
                HostExpectation, LocalSettingExpectation, EventExpectation, FindingExpectation {

    /** One line saying what must hold, e.g. {@code instance X#1 state CANCELED, reason ENERGY_SAVER}. */
    String describe();
}

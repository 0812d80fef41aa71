package dev.bgsim.scenario;

import java.time.Duration;

/**
 * One line of a scenario's script: at a simulated time, do something or check something.
 * Steps at the same time run in file order.
 */
public sealed interface Step permits ActionStep, ExpectationStep {

    /** Simulated time since the start of the scenario. */
    Duration at();

    /** Where the step starts in the scenario file. */
    SourceLocation location();

    /** One line saying what the step does or checks, without its time. */
    String describe();
}

package dev.bgsim.scenario.report;

/** How a step came out. */
public enum Verdict {
    /** An expectation held. */
    PASSED,
    /** An expectation did not hold, or an action could not be carried out. */
    FAILED,
    /** An action was carried out; it is reported, not counted. */
    INFO
}

/**
 * Runs parsed scenarios headless against the engine (SPEC 6.2, 6.3): each step at its simulated
 * time, actions as engine commands, expectations against snapshots and the event stream.
 * Entry point: {@link dev.bgsim.scenario.run.ScenarioRunner}.
 */
package dev.bgsim.scenario.run;

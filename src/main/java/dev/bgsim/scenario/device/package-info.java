/** Device and policy settings (SPEC 3.2) that a scenario's {@code initial} block and {@code set} action change. */
package dev.bgsim.scenario.device;

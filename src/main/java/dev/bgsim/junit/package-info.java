/**
 * JUnit 5 for task authors (SPEC 6.4): {@link dev.bgsim.junit.BgsimTest} gives a test a headless,
 * deterministic {@link dev.bgsim.junit.Simulator} on the same engine as the GUI, with a fluent API
 * to load packages, set the device, fire, advance time and assert on instances and findings.
 */
package dev.bgsim.junit;

/** Scenario files (SPEC 6.2): the immutable model of a scripted, headless simulator session. */
package dev.bgsim.scenario;

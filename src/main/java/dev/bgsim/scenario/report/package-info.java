/**
 * Scenario results and the reports written from them: console lines, a JSON report and JUnit
 * XML (SPEC 6.3). Pure values and writers; running a scenario is the runner's job.
 */
package dev.bgsim.scenario.report;

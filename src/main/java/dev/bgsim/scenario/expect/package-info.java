/** What a scenario step can check ({@code "expect": {...}}, SPEC 6.2): one record per kind of expectation. */
package dev.bgsim.scenario.expect;

/** What a scenario step can do ({@code "do": ...}, SPEC 6.2): one record per action. */
package dev.bgsim.scenario.action;

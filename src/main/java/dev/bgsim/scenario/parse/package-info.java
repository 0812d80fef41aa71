/**
 * Reads scenario files into the model, checking everything that can be checked before a run and
 * reporting every error as {@code file:line:col: what is wrong; what would be right}.
 * Entry point: {@link dev.bgsim.scenario.parse.ScenarioParser}.
 */
package dev.bgsim.scenario.parse;

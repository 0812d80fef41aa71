package dev.bgsim.scenario.run;

import dev.bgsim.engine.event.EngineEvent;
import java.util.function.Predicate;

/**
 * How an expectation came out: whether it held, what it expected and what the simulator showed,
 * and which events concern it (for the recent events printed under a failure).
 *
 * @param held     the expectation held
 * @param expected what it expected, in words
 * @param seen     what the simulator showed
 * @param concerns the events about the same subject
 */
record Check(boolean held, String expected, String seen, Predicate<EngineEvent> concerns) {
}

package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * One step of an exported scenario.
 *
 * @param at     simulated time since the start
 * @param fields the step's fields other than {@code at} ({@code do} and its fields, or {@code expect})
 */
record ExportStep(Duration at, ObjectNode fields) {
}

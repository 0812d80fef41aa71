package dev.bgsim.engine.broker;

import java.time.Instant;

/**
 * A fired trigger waiting to start (latched) or starting.
 *
 * @param firedAt  when the trigger fired
 * @param forced   skips conditions and policy
 * @param details  trigger details for the instance (null for system and time triggers)
 * @param source   USER, SYSTEM_EVENT, TICK, APP_REQUEST
 */
public record Activation(Instant firedAt, boolean forced, Object details, String source) {
}

package dev.bgsim.sdk;

import java.util.Objects;

/**
 * A condition that must hold before a triggered task may start (WinRT {@code SystemCondition}),
 * added with {@link BackgroundTaskBuilder#addCondition(SystemCondition)}. All of a registration's
 * conditions must hold; while one does not, the fired trigger waits latched (one pending
 * activation per registration) and the task starts as soon as they all hold.
 *
 * @param conditionType what must hold
 */
public record SystemCondition(SystemConditionType conditionType) {

    /**
     * Creates the condition.
     *
     * @throws NullPointerException when {@code conditionType} is null ({@link SystemConditionType#INVALID}
     *         is accepted here and refused by {@link BackgroundTaskBuilder#register()})
     */
    public SystemCondition {
        Objects.requireNonNull(conditionType, "conditionType");
    }

    /** What must hold (WinRT {@code ConditionType}). */
    public SystemConditionType getConditionType() {
        return conditionType;
    }
}

package dev.bgsim.scenario.expect;

import java.util.Objects;

/**
 * Whether the guidelines checker (SPEC 4) raised a finding by the step's time.
 *
 * @param ruleId  the checker rule id
 * @param present true: raised at least once; false: never raised
 * @param subject which findings count
 */
public record FindingExpectation(String ruleId, boolean present, SubjectFilter subject) implements Expectation {

    public FindingExpectation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subject, "subject");
    }

    @Override
    public String describe() {
        return "finding " + ruleId + subject.describe() + (present ? " present" : " absent");
    }
}

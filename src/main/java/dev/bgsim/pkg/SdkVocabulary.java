package dev.bgsim.pkg;

import java.util.List;
import java.util.Optional;

/**
 * The SDK enum constant names a manifest may use for system trigger types and conditions. While
 * the SDK enums are being written this knows none, and names are kept unchecked.
 */
final class SdkVocabulary {
    private SdkVocabulary() {
    }

    /** The {@code SystemTriggerType} constants, when the SDK has them. */
    static Optional<List<String>> systemTriggerTypes() {
        return Optional.empty();
    }

    /** The {@code SystemConditionType} constants, when the SDK has them. */
    static Optional<List<String>> systemConditionTypes() {
        return Optional.empty();
    }
}

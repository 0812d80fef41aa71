package dev.bgsim.checker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Conditions that can never hold together (SPEC 4, "conflicting conditions"): a table of
 * opposite pairs, shared by the live and the static rule.
 */
public final class ConditionConflicts {
    private static final List<List<String>> OPPOSITES = List.of(
            List.of("INTERNET_AVAILABLE", "INTERNET_NOT_AVAILABLE"),
            List.of("USER_PRESENT", "USER_NOT_PRESENT"),
            List.of("SESSION_CONNECTED", "SESSION_DISCONNECTED"));

    private ConditionConflicts() {
    }

    /** The opposite pairs among {@code conditions} (SystemConditionType constant names), as {@code A and B}. */
    public static List<String> in(Collection<String> conditions) {
        List<String> found = new ArrayList<>();
        for (List<String> pair : OPPOSITES) {
            if (conditions.containsAll(pair)) {
                found.add(pair.get(0) + " and " + pair.get(1));
            }
        }
        return found;
    }
}

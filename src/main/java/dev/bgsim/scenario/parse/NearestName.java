package dev.bgsim.scenario.parse;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the valid name a misspelt one was probably meant to be, for "did you mean" hints:
 * the same letters in another case or separator style ({@code EnergySaver} for
 * {@code ENERGY_SAVER}), or a few typing slips away ({@code fier} for {@code fire}).
 */
final class NearestName {

    private NearestName() {
    }

    static Optional<String> suggest(String given, Collection<String> candidates) {
        String normalisedGiven = normalise(given);
        for (String candidate : candidates) {
            if (normalise(candidate).equals(normalisedGiven)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(normalisedGiven, normalise(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowedSlips(normalisedGiven.length()) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** About one slip per three letters: enough for typos, too few to turn "dance" into "cancel". */
    private static int allowedSlips(int length) {
        return Math.max(1, length / 3);
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

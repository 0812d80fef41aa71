package dev.bgsim.scenario.parse;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The words a field accepts and what each means, with the error texts for a word it does not
 * know: {@code unknown cancellation reason "ENERGY_SAVING"; did you mean "ENERGY_SAVER"? one of: ...}.
 *
 * @param <T> what a word stands for
 */
final class Vocabulary<T> {

    private final String what;
    private final Map<String, T> meanings;

    private Vocabulary(String what, Map<String, T> meanings) {
        this.what = what;
        this.meanings = Collections.unmodifiableMap(meanings);
    }

    /** Enum constants written by their Java names, except those {@code allowed} rejects. */
    static <E extends Enum<E>> Vocabulary<E> ofConstants(String what, Class<E> type, Predicate<E> allowed) {
        return ofWords(what, type, Enum::name, allowed);
    }

    /** Enum constants written as {@code word} says. */
    static <E extends Enum<E>> Vocabulary<E> ofWords(String what, Class<E> type, Function<E, String> word) {
        return ofWords(what, type, word, e -> true);
    }

    private static <E extends Enum<E>> Vocabulary<E> ofWords(String what, Class<E> type, Function<E, String> word,
                                                             Predicate<E> allowed) {
        Map<String, E> meanings = new LinkedHashMap<>();
        Arrays.stream(type.getEnumConstants()).filter(allowed).forEach(e -> meanings.put(word.apply(e), e));
        return new Vocabulary<>(what, meanings);
    }

    /** Plain words that stand for themselves. */
    static Vocabulary<String> ofStrings(String what, List<String> words) {
        Map<String, String> meanings = new LinkedHashMap<>();
        words.forEach(w -> meanings.put(w, w));
        return new Vocabulary<>(what, meanings);
    }

    /** What the words name, e.g. {@code cancellation reason}. */
    String what() {
        return what;
    }

    /** The valid words, in declaration order. */
    List<String> words() {
        return List.copyOf(meanings.keySet());
    }

    Optional<T> lookup(String word) {
        return Optional.ofNullable(meanings.get(word));
    }

    /** {@code unknown WHAT "word"}. */
    String unknown(String word) {
        return "unknown " + what + " \"" + word + "\"";
    }

    /** {@code did you mean "X"? one of: a, b, c} (the first part only when a near miss exists). */
    String remedy(String word) {
        String list = "use one of: " + String.join(", ", meanings.keySet());
        return NearestName.suggest(word, meanings.keySet())
                .map(s -> "did you mean \"" + s + "\"? " + list)
                .orElse(list);
    }
}

package dev.bgsim.checker;

import java.util.Arrays;
import java.util.Locale;

/** Where a rule is checked: on the live event stream, statically by {@code bgsim lint}, or when a package loads. */
public enum CheckKind {
    /** Folded from the engine's event stream while tasks run (GUI, scenarios, tests). */
    LIVE,
    /** Run on a loaded package without running it ({@code bgsim lint}). */
    STATIC,
    /** Checked by the package loader itself ({@code dev.bgsim.pkg}); lint and the GUI report it with the rule's id. */
    LOAD;

    /** The word used in rules.json and the docs: {@code live}, {@code static}, {@code load}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@code word}. */
    public static CheckKind ofWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown check kind \"" + word + "\"; expected live, static or load"));
    }
}

package dev.bgsim.checker.live;

import java.time.Duration;

/** Durations as people write them in messages: {@code 30 s}, {@code 10 min}, {@code 1 min 30 s}, {@code 250 ms}. */
final class DurationWords {
    private DurationWords() {
    }

    static String of(Duration d) {
        if (d == null) {
            return "no limit";
        }
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        long seconds = d.toSeconds();
        long minutes = seconds / 60;
        long rest = seconds % 60;
        if (minutes == 0) {
            return seconds + " s";
        }
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}

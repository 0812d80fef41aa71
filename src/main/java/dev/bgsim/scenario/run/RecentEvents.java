package dev.bgsim.scenario.run;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.scenario.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The last events about a subject, one short line each, printed under a failed step so that the
 * failure explains itself: {@code #12 3s InstanceCanceled Pkg/Task#1 InstanceCanceled[reason=ENERGY_SAVER]}.
 */
final class RecentEvents {
    /** How many events a failure shows. */
    static final int SHOWN = 10;
    private static final int MAX_LINE = 200;

    private RecentEvents() {
    }

    /** The last {@link #SHOWN} events that {@code concerns} picks, oldest first. */
    static List<String> lines(List<EngineEvent> events, Predicate<EngineEvent> concerns, Instant start) {
        List<EngineEvent> picked = events.stream().filter(concerns).toList();
        return picked.subList(Math.max(0, picked.size() - SHOWN), picked.size()).stream()
                .map(e -> line(e, start))
                .toList();
    }

    private static String line(EngineEvent e, Instant start) {
        StringBuilder line = new StringBuilder()
                .append('#').append(e.seq()).append(' ')
                .append(DurationText.format(Duration.between(start, e.simTime()))).append(' ')
                .append(e.type());
        String subject = subject(e.subjects());
        if (!subject.isEmpty()) {
            line.append(' ').append(subject);
        }
        String payload = e.payload().toString();
        int newline = payload.indexOf('\n');
        line.append(' ').append(newline < 0 ? payload : payload.substring(0, newline) + " ...");
        return line.length() <= MAX_LINE ? line.toString() : line.substring(0, MAX_LINE - 3) + "...";
    }

    private static String subject(Subjects s) {
        if (s.registrationName() != null) {
            String name = (s.packageName() == null ? "" : s.packageName() + "/") + s.registrationName();
            return s.instanceNumber() > 0 ? name + "#" + s.instanceNumber() : name;
        }
        if (s.hostId() != null) {
            return "host " + s.hostId();
        }
        return s.packageName() == null ? "" : s.packageName();
    }
}

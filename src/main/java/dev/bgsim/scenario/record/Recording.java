package dev.bgsim.scenario.record;

import dev.bgsim.engine.event.EngineEvent;
import java.nio.file.Path;
import java.util.List;

/**
 * A recording as read: its sessions (usually one; {@code bgsim run --record} with several
 * scenarios writes one per scenario) and every problem met while reading it.
 *
 * @param file     the file read
 * @param sessions the sessions, in file order
 * @param problems what could not be read as written, in line order
 */
public record Recording(Path file, List<RecordedSession> sessions, List<RecordingProblem> problems) {
    public Recording {
        sessions = List.copyOf(sessions);
        problems = List.copyOf(problems);
    }

    /** True when every line was read. Notes (unknown types, a missing header) do not count. */
    public boolean complete() {
        return problems.stream().noneMatch(RecordingProblem::lostLines);
    }

    /** Every event of every session, in file order. */
    public List<EngineEvent> events() {
        return sessions.stream().flatMap(s -> s.events().stream()).toList();
    }

    /**
     * Session {@code number}, counting from 1.
     *
     * @throws IllegalArgumentException naming how many sessions there are
     */
    public RecordedSession session(int number) {
        if (number < 1 || number > sessions.size()) {
            throw new IllegalArgumentException(file + " has " + sessions.size()
                    + (sessions.size() == 1 ? " session" : " sessions") + "; there is no session " + number);
        }
        return sessions.get(number - 1);
    }
}

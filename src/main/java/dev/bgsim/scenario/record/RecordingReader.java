package dev.bgsim.scenario.record;

import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.UnknownEvent;
import dev.bgsim.scenario.record.RecordingProblem.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a recording line by line and keeps everything it can (SPEC 6.1): a malformed line is
 * reported as {@code file:line} and skipped; a last line cut short (bgsim was killed while
 * writing it) is reported and everything before it kept; an event type this build does not know
 * is kept as an {@link UnknownEvent} and noted once per type. Only a file that cannot be opened at
 * all is an exception. Stateless and thread-safe.
 */
public final class RecordingReader {
    private final RecordingLines lines = new RecordingLines();

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read at all
     */
    public Recording read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return new Pass(file).read(text);
    }

    /** One reading of one file. */
    private final class Pass {
        private final Path file;
        private final List<RecordedSession> sessions = new ArrayList<>();
        private final List<RecordingProblem> problems = new ArrayList<>();
        private final Set<String> unknownTypes = new HashSet<>();
        private RecordedSession.Builder session;

        Pass(Path file) {
            this.file = file;
        }

        Recording read(String text) {
            if (text.isBlank()) {
                problems.add(new RecordingProblem(file, 0, Kind.EMPTY, "the recording is empty: there is nothing to open"));
                return new Recording(file, List.of(), problems);
            }
            String[] raw = text.split("\n", -1);
            boolean endsWithNewline = text.endsWith("\n");
            // split leaves an empty string after a final newline: not a line.
            int count = endsWithNewline ? raw.length - 1 : raw.length;
            for (int i = 0; i < count; i++) {
                String line = stripCarriageReturn(raw[i]);
                if (line.isBlank()) {
                    continue;
                }
                boolean lastAndUnfinished = i == count - 1 && !endsWithNewline;
                readLine(line, i + 1, lastAndUnfinished);
            }
            if (session != null) {
                sessions.add(session.build());
            }
            return new Recording(file, sessions, problems);
        }

        private void readLine(String line, int number, boolean lastAndUnfinished) {
            RecordingLine read;
            try {
                read = lines.read(line);
            } catch (IllegalArgumentException e) {
                if (lastAndUnfinished) {
                    problems.add(new RecordingProblem(file, number, Kind.TRUNCATED_LAST_LINE,
                            "the last line is cut short (bgsim stopped while writing it); it is left out and the "
                                    + eventsSoFar() + " events before it are kept"));
                } else {
                    problems.add(new RecordingProblem(file, number, Kind.MALFORMED_LINE,
                            "not a recording line (" + e.getMessage() + "); the line is skipped and reading goes on"));
                }
                return;
            }
            if (read instanceof RecordingLine.Header h) {
                startSession(h.header(), number);
            } else if (read instanceof RecordingLine.PackageOpened p) {
                requireSession(number).add(p.pkg());
            } else if (read instanceof RecordingLine.Event ev) {
                event(ev.event(), number);
            } else if (read instanceof RecordingLine.End end) {
                requireSession(number).stoppedAt(end.simTime());
            }
        }

        private void startSession(RecordingHeader header, int number) {
            if (session != null) {
                sessions.add(session.build());
            }
            if (header.formatVersion() > RecordingHeader.FORMAT_VERSION) {
                problems.add(new RecordingProblem(file, number, Kind.NEWER_FORMAT, "written by bgsim "
                        + header.bgsimVersion() + " in recording format " + header.formatVersion()
                        + "; this bgsim knows format " + RecordingHeader.FORMAT_VERSION
                        + " and reads what it can (update bgsim to see everything)"));
            }
            session = new RecordedSession.Builder(header, number);
        }

        private RecordedSession.Builder requireSession(int number) {
            if (session == null) {
                problems.add(new RecordingProblem(file, number, Kind.MISSING_HEADER,
                        "events start without a header line (an older bgsim wrote it); read without one: the "
                                + "profile and start come from the EngineStarted event"));
                session = new RecordedSession.Builder(null, number);
            }
            return session;
        }

        private void event(EngineEvent e, int number) {
            RecordedSession.Builder s = requireSession(number);
            if (e.seq() == 1 && s.hasEvents()) {
                // A second engine's stream with no header line of its own.
                sessions.add(s.build());
                session = new RecordedSession.Builder(null, number);
                s = session;
            } else if (s.hasEvents() && e.seq() != s.lastSeq() + 1) {
                problems.add(new RecordingProblem(file, number, Kind.SEQUENCE_GAP, e.seq() > s.lastSeq()
                        ? "events #" + (s.lastSeq() + 1) + " to #" + (e.seq() - 1) + " are missing before this line"
                        : "event #" + e.seq() + " comes after #" + s.lastSeq() + "; kept in file order"));
            }
            if (e.payload() instanceof UnknownEvent u && unknownTypes.add(u.typeName())) {
                problems.add(new RecordingProblem(file, number, Kind.UNKNOWN_EVENT_TYPE,
                        "event type " + u.typeName() + " is not known to this bgsim (a newer recording?); "
                                + "such events are kept and shown as unknown"));
            }
            s.add(e);
        }

        private int eventsSoFar() {
            int n = sessions.stream().mapToInt(x -> x.events().size()).sum();
            return n + (session == null ? 0 : session.build().events().size());
        }

        private String stripCarriageReturn(String line) {
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }
}

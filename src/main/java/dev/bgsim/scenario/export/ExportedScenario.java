package dev.bgsim.scenario.export;

import java.util.List;

/**
 * A scenario written from a recording.
 *
 * @param json  the scenario file's text
 * @param notes what could not be carried over exactly (also written in the file's {@code comment})
 */
public record ExportedScenario(String json, List<String> notes) {
    public ExportedScenario {
        notes = List.copyOf(notes);
    }
}

package dev.bgsim.scenario.record;

import dev.bgsim.engine.event.EngineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages an engine read from files in a stretch of its history, described for a recording
 * header (identity, version, the file given and the SHA-256 of each file it is made of), in the
 * order they were loaded. A recording started after its session's first packages were opened
 * names them in its header; the writer then does not describe them again.
 */
public final class LoadedPackages {
    private LoadedPackages() {
    }

    /** The packages read from files by the events of {@code history}. */
    public static List<RecordedPackage> in(List<EngineEvent> history) {
        PackagesSeen seen = new PackagesSeen();
        List<RecordedPackage> out = new ArrayList<>();
        for (EngineEvent e : history) {
            seen.after(e).ifPresent(out::add);
        }
        return out;
    }
}

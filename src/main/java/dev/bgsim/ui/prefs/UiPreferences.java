package dev.bgsim.ui.prefs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's remembered layout, theme and recent packages, in a small JSON file
 * ({@code gui.json} in the workspace), written atomically. A corrupt file is set aside, never fatal.
 */
public final class UiPreferences {
    private static final int RECENT = 8;

    /** What is remembered. Public fields for Jackson. */
    public static final class State {
        public double x = Double.NaN;
        public double y = Double.NaN;
        public double width = 1600;
        public double height = 1000;
        public boolean maximized;
        public String theme = "LIGHT";
        public double[] mainDividers = {0.25, 0.76};
        public List<String> recentPackages = new ArrayList<>();
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public UiPreferences(Path file) {
        this.file = file;
    }

    /** Where the state is kept. */
    public Path file() {
        return file;
    }

    /** Reads the state; a missing file gives defaults, a corrupt one is renamed aside. */
    public State load() {
        if (!Files.isRegularFile(file)) {
            return new State();
        }
        try {
            return json.readValue(file.toFile(), State.class);
        } catch (IOException e) {
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".corrupt"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // Could not set it aside either; the next save overwrites it.
            }
            return new State();
        }
    }

    /** Writes the state atomically (temp file + move). */
    public void save(State state) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Puts a package path first in the recent list. */
    public static void remember(State state, String path) {
        state.recentPackages.remove(path);
        state.recentPackages.add(0, path);
        while (state.recentPackages.size() > RECENT) {
            state.recentPackages.remove(state.recentPackages.size() - 1);
        }
    }
}

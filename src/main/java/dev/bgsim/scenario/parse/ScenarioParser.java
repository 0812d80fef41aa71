package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.ScenarioError;
import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.SourceLocation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates scenario files (SPEC 6.2, format in {@code docs/scenario-format.md}).
 * Every error in a file is collected and reported together; an invalid file yields no scenario,
 * so nothing of it runs. Holds no state between calls.
 */
public final class ScenarioParser {

    /**
     * Reads the scenario file at {@code file}; package and profile paths in it are resolved
     * against the file's folder.
     *
     * @throws ScenarioException listing every error, each as {@code file:line:col: what; what instead}
     */
    public Scenario parse(Path file) throws ScenarioException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw unreadable(file, "scenario file not found", "check the path (relative to " + Path.of("").toAbsolutePath() + ")", e);
        } catch (CharacterCodingException e) {
            throw unreadable(file, "the scenario file is not UTF-8 text", "save it as UTF-8", e);
        } catch (IOException e) {
            throw unreadable(file, "cannot read the scenario file: " + e, "check that it is a readable file", e);
        }
        return parse(text, file);
    }

    /**
     * Reads scenario JSON that claims to come from {@code file} (which need not exist; relative
     * paths in the text are resolved against its folder).
     *
     * @throws ScenarioException listing every error
     */
    public Scenario parse(String text, Path file) throws ScenarioException {
        Problems problems = new Problems();
        Optional<LocatedValue> root = new JsonTreeReader(file, problems).read(text);
        Optional<Scenario> scenario = root.flatMap(r -> new ScenarioReader(file, problems).read(r));
        if (!problems.isEmpty() || scenario.isEmpty()) {
            throw new ScenarioException(file, problems.inFileOrder());
        }
        return scenario.get();
    }

    private static ScenarioException unreadable(Path file, String problem, String remedy, IOException cause) {
        ScenarioError error = new ScenarioError(new SourceLocation(file, 1, 1), problem, remedy);
        return new ScenarioException(file, List.of(error), cause);
    }
}

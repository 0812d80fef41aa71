package dev.bgsim.scenario.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.bgsim.scenario.SourceLocation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON text into a {@link LocatedValue} tree with Jackson's streaming parser, keeping the
 * line and column of every value and member name. Malformed JSON is reported where the parser
 * stopped; a duplicate member name is reported and the first one kept.
 */
final class JsonTreeReader {

    private static final String SYNTAX_REMEDY = "fix the JSON here (look for a missing or extra comma,"
            + " a missing quote or bracket, or a name without quotes)";

    private final JsonFactory factory = JsonFactory.builder().build();
    private final Path file;
    private final Problems problems;

    JsonTreeReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's single value, or empty when the text is not JSON (the problem is recorded). */
    Optional<LocatedValue> read(String text) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new SourceLocation(file, 1, 1), "the scenario file is empty",
                        "write a JSON object with \"packages\" and \"steps\" (see docs/scenario-format.md)");
                return Optional.empty();
            }
            LocatedValue root = readValue(parser);
            if (parser.nextToken() != null) {
                problems.add(locationOf(parser.currentTokenLocation()), "more JSON after the end of the scenario object",
                        "remove it, or move it inside the object");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            problems.add(locationOf(e.getLocation()), "the JSON is too large or too deeply nested: "
                    + e.getOriginalMessage(), "split the scenario or flatten its values");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.add(locationOf(e.getLocation()), "malformed JSON: " + e.getOriginalMessage().replace("; ", ", "), SYNTAX_REMEDY);
            return Optional.empty();
        } catch (IOException e) {
            // Reading from a String performs no I/O; anything else is a parser failure to surface.
            throw new IllegalStateException("reading JSON from memory failed", e);
        }
    }

    private LocatedValue readValue(JsonParser parser) throws IOException {
        SourceLocation location = locationOf(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, location);
            case START_ARRAY -> readArray(parser, location);
            case VALUE_STRING -> new LocatedScalar(LocatedScalar.Kind.STRING, parser.getText(), location);
            case VALUE_NUMBER_INT ->
                    new LocatedScalar(LocatedScalar.Kind.WHOLE_NUMBER, parser.getBigIntegerValue(), location);
            case VALUE_NUMBER_FLOAT ->
                    new LocatedScalar(LocatedScalar.Kind.DECIMAL_NUMBER, parser.getDecimalValue(), location);
            case VALUE_TRUE, VALUE_FALSE ->
                    new LocatedScalar(LocatedScalar.Kind.BOOLEAN, token == JsonToken.VALUE_TRUE, location);
            case VALUE_NULL -> new LocatedScalar(LocatedScalar.Kind.NULL, null, location);
            default -> throw new IllegalStateException("Jackson produced " + token + " where a value starts, at " + location);
        };
    }

    private LocatedObject readObject(JsonParser parser, SourceLocation location) throws IOException {
        List<LocatedObject.Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            SourceLocation nameLocation = locationOf(parser.currentTokenLocation());
            parser.nextToken();
            LocatedValue value = readValue(parser);
            if (seen.add(name)) {
                members.add(new LocatedObject.Member(name, nameLocation, value));
            } else {
                problems.add(nameLocation, "\"" + name + "\" appears twice in this object",
                        "keep one (the first is used)");
            }
        }
        return new LocatedObject(members, location);
    }

    private LocatedArray readArray(JsonParser parser, SourceLocation location) throws IOException {
        List<LocatedValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser));
        }
        return new LocatedArray(items, location);
    }

    private SourceLocation locationOf(JsonLocation location) {
        if (location == null) {
            return new SourceLocation(file, 1, 1);
        }
        return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}

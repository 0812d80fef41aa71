package dev.bgsim.pkg.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSON into a {@link JsonValue} tree where every value knows its line and column
 * (Jackson's streaming parser and token locations). Duplicate field names and content after the
 * document are syntax errors. Stateless and thread-safe.
 */
public final class LocatedJsonParser {

    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /**
     * Parses one JSON document in UTF-8 (RFC 8259); a byte order mark is skipped. The bytes are
     * decoded first so that columns count characters, not bytes.
     *
     * @throws JsonSyntaxException with the position where the text stops being JSON, or for bytes that are not UTF-8
     */
    public JsonValue parse(byte[] json) throws JsonSyntaxException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonSyntaxException("the text is not UTF-8; save it as UTF-8", new JsonPosition(1, 1), e);
        }
        return parse(text);
    }

    /**
     * Parses one JSON document; a leading byte order mark is skipped.
     *
     * @throws JsonSyntaxException with the position where the text stops being JSON
     */
    public JsonValue parse(String json) throws JsonSyntaxException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxException("the file is empty; expected a JSON document", new JsonPosition(1, 1), null);
            }
            JsonValue root = read(parser);
            if (parser.nextToken() != null) {
                throw new JsonSyntaxException("unexpected " + describe(parser) + " after the end of the JSON document",
                        position(parser.currentTokenLocation()), null);
            }
            return root;
        } catch (JsonParseException e) {
            throw new JsonSyntaxException(e.getOriginalMessage(), position(e.getLocation()), e);
        } catch (IOException e) {
            throw new JsonSyntaxException("cannot read the JSON text: " + e.getMessage(), new JsonPosition(1, 1), e);
        }
    }

    private static JsonValue read(JsonParser parser) throws IOException {
        JsonPosition at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, at);
            case START_ARRAY -> readArray(parser, at);
            case VALUE_STRING -> new JsonString(parser.getText(), at);
            case VALUE_NUMBER_INT -> new JsonNumber(new BigDecimal(parser.getBigIntegerValue()), true, at);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getDecimalValue(), false, at);
            case VALUE_TRUE -> new JsonBoolean(true, at);
            case VALUE_FALSE -> new JsonBoolean(false, at);
            case VALUE_NULL -> new JsonNull(at);
            default -> throw new JsonParseException(parser, "unexpected " + describe(parser));
        };
    }

    private static JsonObject readObject(JsonParser parser, JsonPosition at) throws IOException {
        List<JsonMember> members = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonPosition namePosition = position(parser.currentTokenLocation());
            parser.nextToken();
            members.add(new JsonMember(name, namePosition, read(parser)));
        }
        return new JsonObject(members, at);
    }

    private static JsonArray readArray(JsonParser parser, JsonPosition at) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(read(parser));
        }
        return new JsonArray(elements, at);
    }

    private static String describe(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return token == null ? "end of input" : "'" + parser.getText() + "'";
    }

    private static JsonPosition position(JsonLocation location) {
        if (location == null) {
            return new JsonPosition(1, 1);
        }
        return new JsonPosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}

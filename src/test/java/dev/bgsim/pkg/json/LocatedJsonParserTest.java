package dev.bgsim.pkg.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocatedJsonParserTest {
    private final LocatedJsonParser parser = new LocatedJsonParser();

    private JsonValue parse(String text) throws JsonSyntaxException {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyValueKnowsWhereItStarts() throws Exception {
        JsonObject root = (JsonObject) parse("{\n  \"a\": [1, \"two\",\n        true],\n  \"b\": { \"c\": null, \"d\": 1.5 }\n}");
        assertEquals(new JsonPosition(1, 1), root.position());
        JsonMember a = root.member("a").orElseThrow();
        assertEquals(new JsonPosition(2, 3), a.namePosition());
        JsonArray array = (JsonArray) a.value();
        assertEquals(new JsonPosition(2, 8), array.position());
        assertEquals(new JsonPosition(2, 12), array.elements().get(1).position());
        assertEquals(new JsonPosition(3, 9), array.elements().get(2).position());
        JsonObject b = (JsonObject) root.get("b").orElseThrow();
        assertEquals(new JsonPosition(4, 15), b.get("c").orElseThrow().position());
        assertEquals(new BigDecimal("1.5"), ((JsonNumber) b.get("d").orElseThrow()).value());
        assertFalse(((JsonNumber) b.get("d").orElseThrow()).isInt());
        assertTrue(((JsonNumber) array.elements().get(0)).isInt());
    }

    @Test
    void byteOrderMarkIsSkipped() throws Exception {
        byte[] text = ("\uFEFF{\"a\": 1}").getBytes(StandardCharsets.UTF_8);
        assertEquals(new JsonPosition(1, 7), ((JsonObject) parser.parse(text)).get("a").orElseThrow().position());
    }

    @Test
    void columnsCountCharactersNotBytes() throws Exception {
        JsonObject root = (JsonObject) parse("{\"name\": \"KÖSE\", \"n\": 1}");
        assertEquals(new JsonPosition(1, 23), root.get("n").orElseThrow().position());
    }

    @Test
    void bytesThatAreNotUtf8AreASyntaxError() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> parser.parse(new byte[] {'{', (byte) 0xC3, '}'}));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void syntaxErrorsSayWhereTheParserStopped() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> parse("{\n  \"a\": 1,\n  \"b\" 2\n}"));
        assertEquals(3, e.position().line());
        assertTrue(e.getMessage().contains("was expecting a colon"), e.getMessage());
    }

    @Test
    void contentAfterTheDocumentIsAnError() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> parse("{}\n{}"));
        assertEquals(new JsonPosition(2, 1), e.position());
    }

    @Test
    void duplicateNamesAreAnError() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> parse("{\"a\": 1, \"a\": 2}"));
        assertTrue(e.getMessage().contains("Duplicate field 'a'"), e.getMessage());
    }

    @Test
    void hugeIntegersAreNumbersButNotInts() throws Exception {
        JsonNumber n = (JsonNumber) ((JsonObject) parse("{\"n\": 99999999999999999999}")).get("n").orElseThrow();
        assertTrue(n.integral());
        assertFalse(n.isInt());
    }
}

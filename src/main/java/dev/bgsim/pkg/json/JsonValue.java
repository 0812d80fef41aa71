package dev.bgsim.pkg.json;

/** A JSON value with the position where it starts. */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** Where the value starts (for an object, its opening brace). */
    JsonPosition position();

    /** What kind of value this is, for messages: "a string", "an object"... */
    String kindName();
}

package dev.bgsim.host.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and validates frames from one stream. Every frame is checked: marker, size cap, strict
 * UTF-8, strict JSON object, known type travelling the expected way, every field known, present
 * and of its kind. One reader thread only.
 */
public final class FrameReader {
    private static final int PREVIEW_BYTES = 80;
    private static final Map<String, MessageType> TYPES = indexTypes();
    private static final Map<String, Field> FIELDS = indexFields();

    private final InputStream in;
    private final Direction direction;

    /**
     * @param in        the channel
     * @param direction the direction every message read here must have
     */
    public FrameReader(InputStream in, Direction direction) {
        this.in = Objects.requireNonNull(in, "in");
        this.direction = Objects.requireNonNull(direction, "direction");
    }

    /**
     * The next message, or null when the stream ended cleanly between frames.
     *
     * @throws ProtocolException when the bytes are not a valid frame; the channel is then unusable
     * @throws IOException       when reading fails
     */
    public Message read() throws IOException, ProtocolException {
        int marker = in.read();
        if (marker < 0) {
            return null;
        }
        if (marker != FrameFormat.MARKER) {
            throw new ProtocolException("unexpected byte " + describe(marker) + " where a frame should start:"
                    + " something wrote to the channel directly (for a host: to the real stdout file descriptor);"
                    + " the bytes were \"" + preview(marker) + "\"");
        }
        byte[] header = readFully(4, "frame header");
        int length = (header[0] & 0xFF) << 24 | (header[1] & 0xFF) << 16 | (header[2] & 0xFF) << 8 | header[3] & 0xFF;
        if (length < 0 || length > FrameFormat.MAX_BODY_BYTES) {
            throw new ProtocolException("frame declares " + Integer.toUnsignedString(length)
                    + " bytes; the cap is " + FrameFormat.MAX_BODY_BYTES);
        }
        return decode(readFully(length, "frame body"));
    }

    /** Validates one frame body. */
    public Message decode(byte[] body) throws ProtocolException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException("frame body is not valid UTF-8", e);
        }
        if (!(JsonReader.parse(text) instanceof Map<?, ?> map)) {
            throw new ProtocolException("frame body is not a JSON object");
        }
        if (!(map.get("type") instanceof String typeName)) {
            throw new ProtocolException("frame has no \"type\" string");
        }
        MessageType type = TYPES.get(typeName);
        if (type == null) {
            throw new ProtocolException("unknown frame type \"" + clip(typeName) + "\"");
        }
        if (type.direction() != direction) {
            throw new ProtocolException(type + " frame travelling the wrong way: it may only be sent "
                    + (type.direction() == Direction.TO_CHILD ? "to" : "by") + " a host");
        }
        Map<Field, Object> fields = new EnumMap<>(Field.class);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if ("type".equals(e.getKey())) {
                continue;
            }
            Field field = FIELDS.get((String) e.getKey());
            if (field == null) {
                throw new ProtocolException(type + " frame has an unknown field \"" + clip((String) e.getKey()) + "\"");
            }
            fields.put(field, e.getValue());
        }
        return Message.validated(type, fields);
    }

    private byte[] readFully(int n, String what) throws IOException, ProtocolException {
        byte[] buf = new byte[n];
        int off = 0;
        while (off < n) {
            int r = in.read(buf, off, n - off);
            if (r < 0) {
                throw new ProtocolException("the stream ended inside a " + what + " (" + off + " of " + n + " bytes)",
                        new EOFException());
            }
            off += r;
        }
        return buf;
    }

    private String preview(int first) {
        StringBuilder b = new StringBuilder();
        appendPrintable(b, first);
        try {
            int more = Math.min(in.available(), PREVIEW_BYTES);
            for (int i = 0; i < more; i++) {
                appendPrintable(b, in.read());
            }
        } catch (IOException e) {
            b.append("...");
        }
        return b.toString();
    }

    private static void appendPrintable(StringBuilder b, int c) {
        if (c >= 0x20 && c < 0x7f) {
            b.append((char) c);
        } else if (c == '\n') {
            b.append("\\n");
        } else if (c >= 0) {
            b.append(String.format("\\x%02x", c));
        }
    }

    private static String describe(int c) {
        return String.format("0x%02x", c) + (c >= 0x20 && c < 0x7f ? " ('" + (char) c + "')" : "");
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private static Map<String, MessageType> indexTypes() {
        Map<String, MessageType> m = new java.util.HashMap<>();
        for (MessageType t : MessageType.values()) {
            m.put(t.wireName(), t);
        }
        return Map.copyOf(m);
    }

    private static Map<String, Field> indexFields() {
        Map<String, Field> m = new java.util.HashMap<>();
        for (Field f : Field.values()) {
            m.put(f.wireName(), f);
        }
        return Map.copyOf(m);
    }
}

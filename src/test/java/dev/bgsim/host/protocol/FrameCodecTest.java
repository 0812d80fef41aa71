package dev.bgsim.host.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameCodecTest {

    private static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[5 + body.length];
        out[0] = (byte) FrameFormat.MARKER;
        out[1] = (byte) (body.length >>> 24);
        out[2] = (byte) (body.length >>> 16);
        out[3] = (byte) (body.length >>> 8);
        out[4] = (byte) body.length;
        System.arraycopy(body, 0, out, 5, body.length);
        return out;
    }

    private static Message readOne(byte[] bytes, Direction d) throws Exception {
        return new FrameReader(new ByteArrayInputStream(bytes), d).read();
    }

    @Test
    void messagesSurviveTheRoundTripWithNestedValuesAndOddText() throws Exception {
        Message start = Message.of(MessageType.START_INSTANCE)
                .with(Field.INSTANCE_ID, "i-1").with(Field.TASK_ID, "t").with(Field.TASK_NAME, "naïve \"task\"\n\u0001")
                .with(Field.PACKAGE_ID, "p").with(Field.ENTRY_POINT, "a.B").with(Field.CODE_JARS, List.of("/x.jar"))
                .with(Field.DETAILS_KIND, "application").with(Field.DETAILS, Map.of("n", List.of(1L, 2.5, true)))
                .with(Field.SETTINGS, Map.of()).with(Field.STATUS, Map.of("k", "v"))
                .with(Field.SIM_NANOS, Long.MAX_VALUE).with(Field.RATE, 1.0).build();
        Message log = Message.of(MessageType.OUTPUT).with(Field.STREAM, "stdout").with(Field.TEXT, "\uD83D\uDE00 \uD800 x").build();
        ByteArrayOutputStream toChild = new ByteArrayOutputStream();
        new FrameWriter(toChild, Direction.TO_CHILD).write(start);
        ByteArrayOutputStream toParent = new ByteArrayOutputStream();
        new FrameWriter(toParent, Direction.TO_PARENT).write(log);

        FrameReader childSide = new FrameReader(new ByteArrayInputStream(toChild.toByteArray()), Direction.TO_CHILD);
        assertEquals(start, childSide.read());
        assertNull(childSide.read(), "clean end of stream between frames");
        assertEquals(log, readOne(toParent.toByteArray(), Direction.TO_PARENT));
    }

    @Test
    void textOnTheChannelIsCaughtAtItsFirstByteAndQuoted() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> readOne("hello from a task\n".getBytes(StandardCharsets.US_ASCII), Direction.TO_PARENT));
        assertTrue(e.getMessage().contains("0x68 ('h')"), e.getMessage());
        assertTrue(e.getMessage().contains("hello from a task\\n"), e.getMessage());
    }

    @Test
    void oversizedFramesAreRefusedOnBothSides() {
        byte[] header = {(byte) FrameFormat.MARKER, 0x10, 0, 0, 0};
        ProtocolException e = assertThrows(ProtocolException.class, () -> readOne(header, Direction.TO_PARENT));
        assertTrue(e.getMessage().contains("the cap is 1048576"), e.getMessage());

        Message huge = Message.of(MessageType.OUTPUT).with(Field.STREAM, "stdout").with(Field.TEXT, "x".repeat(2 << 20)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(FrameTooLargeException.class, () -> new FrameWriter(out, Direction.TO_PARENT).write(huge));
        assertEquals(0, out.size(), "nothing written");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[1]",
        "{\"type\":\"NO_SUCH\"}",
        "{\"type\":\"PONG\"}",
        "{\"type\":\"PONG\",\"seq\":\"1\"}",
        "{\"type\":\"PONG\",\"seq\":1,\"extra\":2}",
        "{\"type\":\"PONG\",\"seq\":1,\"pid\":2}",
        "{\"type\":\"PONG\",\"seq\":1,\"seq\":2}",
        "{\"type\":\"PONG\",\"seq\":1} x",
        "{\"type\":\"PONG\",\"seq\":01}",
        "{\"type\":\"PONG\",\"seq\":99999999999999999999}",
        "{\"type\":\"PING\",\"seq\":1}",
        "{\"type\":\"PONG\",\"seq\":1",
        "{\"type\":\"PONG\",'seq':1}",
        "{\"type\":\"OUTPUT\",\"stream\":\"a\nb\",\"text\":\"\"}",
    })
    void malformedFramesAreRefusedWithAReason(String body) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> readOne(frame(body), Direction.TO_PARENT));
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }

    @Test
    void aStreamEndingInsideAFrameIsAViolationNotACleanEnd() {
        byte[] whole = frame("{\"type\":\"PONG\",\"seq\":1}");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);
        ProtocolException e = assertThrows(ProtocolException.class, () -> readOne(cut, Direction.TO_PARENT));
        assertTrue(e.getMessage().contains("ended inside a frame body"), e.getMessage());
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] f = frame("{\"type\":\"PONG\",\"seq\":1}  ");
        f[f.length - 1] = (byte) 0xC3;
        assertThrows(ProtocolException.class, () -> readOne(f, Direction.TO_PARENT));
    }

    @Test
    void builderRefusesAMissingField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Message.of(MessageType.PONG).build());
        assertTrue(e.getMessage().contains("\"seq\""), e.getMessage());
    }
}

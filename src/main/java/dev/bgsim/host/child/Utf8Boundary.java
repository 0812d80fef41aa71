package dev.bgsim.host.child;

/** Where to cut a UTF-8 byte run so that no character is split across two output frames. */
final class Utf8Boundary {
    private Utf8Boundary() {
    }

    /** The length of the longest prefix of {@code buf[0..len)} that ends on a whole character. */
    static int completeLength(byte[] buf, int len) {
        // Walk back over continuation bytes (10xxxxxx) to the lead byte of the last character.
        int i = len - 1;
        int back = 0;
        while (i >= 0 && back < 3 && (buf[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < 0) {
            return len;
        }
        int lead = buf[i] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return len - i >= need ? len : i;
    }
}

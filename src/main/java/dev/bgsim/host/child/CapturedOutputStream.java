package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What {@code System.out} or {@code System.err} write to in a host: bytes become OUTPUT frames,
 * marked with the instance of the writing thread, sent per line or per 8 KiB chunk, within each
 * instance's {@link OutputBudget}. Task prints therefore never touch the real stdout, which
 * carries frames only. Thread-safe (one lock per stream).
 */
final class CapturedOutputStream extends OutputStream {
    private static final int CHUNK_BYTES = 8 * 1024;

    private final String stream;
    private final HostChannel channel;
    private final ThreadAttribution attribution;
    private final OutputBudget hostBudget;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(256);
    private HostInstance pendingOwner;

    /**
     * @param stream      "stdout" or "stderr"
     * @param hostBudget  the budget for output of threads that belong to no instance
     */
    CapturedOutputStream(String stream, HostChannel channel, ThreadAttribution attribution, OutputBudget hostBudget) {
        this.stream = stream;
        this.channel = channel;
        this.attribution = attribution;
        this.hostBudget = hostBudget;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        HostInstance owner = attribution.current();
        if (pending.size() > 0 && owner != pendingOwner) {
            flushPending(pending.size());
        }
        pendingOwner = owner;
        OutputBudget budget = owner == null ? hostBudget : owner.outputBudget();
        int allowed = budget.take(len);
        pending.write(b, off, allowed);
        if (allowed < len && budget.firstDropUnreported()) {
            budget.reportTo(channel, owner == null ? null : owner.id());
        }
        if (pending.size() >= CHUNK_BYTES) {
            flushPending(Utf8Boundary.completeLength(pending.toByteArray(), pending.size()));
        } else if (allowed > 0 && b[off + allowed - 1] == '\n') {
            flushPending(pending.size());
        }
    }

    @Override
    public synchronized void flush() {
        if (pending.size() > 0) {
            flushPending(pending.size());
        }
    }

    private void flushPending(int upTo) {
        byte[] all = pending.toByteArray();
        pending.reset();
        pending.write(all, upTo, all.length - upTo);
        if (upTo == 0) {
            return;
        }
        String text = new String(all, 0, upTo, StandardCharsets.UTF_8);
        channel.send(Message.of(MessageType.OUTPUT).with(Field.STREAM, stream).with(Field.TEXT, text)
                .withOptional(Field.INSTANCE_ID, pendingOwner == null ? null : pendingOwner.id()).build());
    }
}

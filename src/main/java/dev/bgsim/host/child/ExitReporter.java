package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import java.io.PrintStream;
import java.util.Map;

/**
 * A shutdown hook that tells bgsim who called {@code System.exit}: the caller is blocked inside
 * {@code Runtime.exit} while hooks run, so its stack names the task code. The exit code itself
 * arrives with the process exit. {@code Runtime.halt} and kills run no hooks; bgsim sees those as
 * an exit without EXITING. The host's own exits use {@code halt}, so this hook speaks only for tasks.
 */
final class ExitReporter extends Thread {
    private final HostChannel channel;
    private final ThreadAttribution attribution;

    ExitReporter(HostChannel channel, ThreadAttribution attribution) {
        super("bgsim-exit-reporter");
        this.channel = channel;
        this.attribution = attribution;
    }

    @Override
    public void run() {
        flush(System.out);
        flush(System.err);
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (isExiting(e.getValue())) {
                Thread caller = e.getKey();
                HostInstance instance = attribution.of(caller);
                channel.send(Message.of(MessageType.EXITING).with(Field.THREAD_NAME, caller.getName())
                        .with(Field.STACK, StackText.of(e.getValue(), "System.exit called on thread \"" + caller.getName() + "\""))
                        .withOptional(Field.INSTANCE_ID, instance == null ? null : instance.id()).build());
                return;
            }
        }
        channel.send(Message.of(MessageType.EXITING).with(Field.THREAD_NAME, "?")
                .with(Field.STACK, "the JVM is shutting down (System.exit from an unknown thread, or a signal)").build());
    }

    private static boolean isExiting(StackTraceElement[] trace) {
        for (StackTraceElement f : trace) {
            if ("java.lang.Runtime".equals(f.getClassName()) && "exit".equals(f.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    private static void flush(PrintStream s) {
        s.flush();
    }
}

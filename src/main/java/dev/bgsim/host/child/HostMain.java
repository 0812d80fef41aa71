package dev.bgsim.host.child;

import dev.bgsim.host.protocol.Direction;
import dev.bgsim.host.protocol.Field;
import dev.bgsim.host.protocol.FrameReader;
import dev.bgsim.host.protocol.FrameWriter;
import dev.bgsim.host.protocol.HostExitCodes;
import dev.bgsim.host.protocol.Message;
import dev.bgsim.host.protocol.MessageType;
import dev.bgsim.host.protocol.ProtocolException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The main of a task host JVM. Stdin carries frames from bgsim, the real stdout frames to bgsim;
 * {@code System.out}/{@code System.err} are captured into OUTPUT frames before anything else runs,
 * and {@code System.in} is emptied, so task code can touch neither direction of the channel. The
 * host exits when its stdin closes, so no host outlives bgsim. The main thread is the reader
 * thread. System properties (set by bgsim): {@code bgsim.host.outputCapBytes},
 * {@code bgsim.host.heartbeatMillis}.
 */
public final class HostMain {
    private static final long DEFAULT_OUTPUT_CAP = 1L << 20;
    private static final long DEFAULT_HEARTBEAT_MILLIS = 200;
    /** Freed when an error escapes a task thread, so the report of an OutOfMemoryError has room to be made. */
    private volatile byte[] reserve = new byte[256 * 1024];

    private HostMain() {
    }

    public static void main(String[] args) {
        new HostMain().serve(System.currentTimeMillis());
    }

    private void serve(long mainMillis) {
        new JarLoadingWarmer().start();
        FrameWriter toParent = new FrameWriter(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), Direction.TO_PARENT);
        HostChannel channel = new HostChannel(toParent);
        ThreadAttribution attribution = new ThreadAttribution();
        long outputCap = Long.getLong("bgsim.host.outputCapBytes", DEFAULT_OUTPUT_CAP);
        OutputBudget hostBudget = new OutputBudget(outputCap);
        System.setOut(new PrintStream(new CapturedOutputStream("stdout", channel, attribution, hostBudget), true,
                StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new CapturedOutputStream("stderr", channel, attribution, hostBudget), true,
                StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(new byte[0]));

        HostServices services = new HostServices(channel, attribution, new HostSimTime(), new HostSystemStatus(),
                new PackageSettingsStores(), new TaskCodeLoaders(), new PieceThreads(attribution), outputCap);
        InstanceTable instances = new InstanceTable();
        Thread.setDefaultUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            @Override
            public void uncaughtException(Thread thread, Throwable error) {
                threadDied(services, thread, error);
            }
        });
        Runtime.getRuntime().addShutdownHook(new ExitReporter(channel, attribution));

        // No pid here: bgsim knows it, and ProcessHandle would cost the start a lambda bootstrap.
        channel.send(Message.of(MessageType.READY)
                .with(Field.MAIN_MILLIS, mainMillis).with(Field.READY_MILLIS, System.currentTimeMillis())
                .with(Field.JAVA_VERSION, System.getProperty("java.version")).build());
        new Heartbeat(services, instances, hostBudget,
                Long.getLong("bgsim.host.heartbeatMillis", DEFAULT_HEARTBEAT_MILLIS)).start();
        readUntilClosed(new ParentFrameDispatcher(services, instances));
    }

    private void readUntilClosed(ParentFrameDispatcher dispatcher) {
        FrameReader reader = new FrameReader(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16),
                Direction.TO_CHILD);
        try {
            Message m;
            while ((m = reader.read()) != null) {
                dispatcher.dispatch(m);
            }
            Runtime.getRuntime().halt(HostExitCodes.NORMAL);
        } catch (ProtocolException e) {
            dieWith("bgsim host: protocol violation from bgsim: " + e.getMessage(), HostExitCodes.PROTOCOL_VIOLATION);
        } catch (IOException e) {
            dieWith("bgsim host: cannot read from bgsim: " + e, HostExitCodes.CHANNEL_BROKEN);
        }
    }

    private void threadDied(HostServices services, Thread thread, Throwable error) {
        if (error instanceof VirtualMachineError) {
            releaseReserve();
        }
        HostInstance instance = services.attribution().current();
        if (instance != null) {
            instance.reportThreadDied(thread, error);
        } else {
            services.channel().send(Message.of(MessageType.THREAD_DIED).with(Field.THREAD_NAME, thread.getName())
                    .with(Field.CLASS_NAME, error.getClass().getName()).withOptional(Field.MESSAGE, error.getMessage())
                    .with(Field.STACK, StackText.of(error)).build());
        }
    }

    private void releaseReserve() {
        reserve = null;
    }

    /** Says why on the real stderr (bgsim keeps its last lines) and halts without running task hooks. */
    private static void dieWith(String reason, int exitCode) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println(reason);
        Runtime.getRuntime().halt(exitCode);
    }
}

package dev.bgsim.host.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Drains a host's real stderr (JVM warnings, crash notes, the host's own last words) on its own
 * thread, keeping the last lines for the exit report. Task output never arrives here: it is
 * captured into frames. Lines are clipped so a runaway writer cannot grow memory.
 */
final class StderrTail implements Runnable {
    private static final int MAX_LINES = 40;
    private static final int MAX_LINE_CHARS = 2000;

    private final InputStream in;
    private final Consumer<String> onLine;
    private final ArrayDeque<String> last = new ArrayDeque<>();
    private final Thread thread;

    StderrTail(InputStream in, Consumer<String> onLine, String threadName) {
        this.in = in;
        this.onLine = onLine;
        this.thread = new Thread(this, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String clipped = line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) + "..." : line;
                synchronized (last) {
                    if (last.size() == MAX_LINES) {
                        last.removeFirst();
                    }
                    last.addLast(clipped);
                }
                onLine.accept(clipped);
            }
        } catch (IOException e) {
            // The stream closes when the process dies: the tail is complete.
        }
    }

    /** Waits (bounded) for the stream's end, so the tail holds the host's last words. */
    void awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
    }

    List<String> lines() {
        synchronized (last) {
            return new ArrayList<>(last);
        }
    }
}

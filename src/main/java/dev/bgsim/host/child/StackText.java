package dev.bgsim.host.child;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Stack traces as text for frames, clipped so one trace can never exceed the frame cap. */
final class StackText {
    /** 64 KiB of characters: far below the 1 MiB frame cap even when every character takes 3 bytes. */
    static final int MAX_CHARS = 64 * 1024;

    private StackText() {
    }

    static String of(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return clip(w.toString());
    }

    /** The calling code's stack, without the host's own frames at the top. */
    static String ofCaller(String label) {
        StringBuilder b = new StringBuilder(label).append('\n');
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            if (e.getClassName().startsWith("dev.bgsim.host.child.")) {
                continue;
            }
            b.append("\tat ").append(e).append('\n');
        }
        return clip(b.toString());
    }

    static String of(StackTraceElement[] trace, String label) {
        StringBuilder b = new StringBuilder(label).append('\n');
        for (StackTraceElement e : trace) {
            b.append("\tat ").append(e).append('\n');
        }
        return clip(b.toString());
    }

    static String clip(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS) + "\n\t... (clipped at " + MAX_CHARS + " characters)";
    }
}

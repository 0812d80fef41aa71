package dev.bgsim.cli;

import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.Severity;

import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics one a line, {@code file:line:col: error: message; hint}, as compilers do, so editors link them. */
final class DiagnosticLines {
    private DiagnosticLines() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(d.format());
        }
    }

    static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** "1 error", "2 warnings". */
    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

package dev.bgsim.host.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The AppCDS archive of the host jar for the running JVM. It is a static archive made for the
 * host alone: a training host lists the classes it loads ({@code -XX:DumpLoadedClassList}) while
 * it starts and runs a warm-up task, then {@code java -Xshare:dump} writes exactly those classes
 * (JDK, SDK, protocol and host classes, the lambda forms they use, and the JDK's archived heap
 * objects) into one file that every host maps ({@code -XX:SharedArchiveFile}). Measured against a
 * dynamic archive layered on the JDK's default one ({@code -XX:ArchiveClassesAtExit}), this cut a
 * cold host start by 20-40 ms on the 2-core build machine: one smaller mapping instead of two, and
 * no classes the host never uses. Kept next to the host jar, named after the JVM version, so a new
 * JDK or a new bgsim build records a new one. A missing archive is not passed at all; a corrupt or
 * mismatched one makes the JVM start without sharing (slower, nothing else changes).
 */
final class CdsArchive {
    private final Path file;

    CdsArchive(HostJar jar) {
        String vm = (Runtime.version().toString() + "-" + System.getProperty("java.vm.name", "vm"))
                .replaceAll("[^A-Za-z0-9._-]", "_");
        this.file = jar.directory().resolve("host-static-" + vm + ".jsa");
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    Path file() {
        return file;
    }

    /** Options for a host that uses the archive (none while there is no archive). */
    List<String> useArgs() {
        return exists() ? List.of("-XX:SharedArchiveFile=" + file) : List.of();
    }

    /** Options for the training host: write the classes it loads to {@code classList}. */
    static List<String> recordArgs(Path classList) {
        return List.of("-XX:DumpLoadedClassList=" + classList);
    }

    /**
     * Writes the archive for the classes in {@code classList} (a training host's list) with
     * {@code java -Xshare:dump} into {@code tmp}; about a second.
     *
     * @throws IOException when the dump fails or takes longer than {@code timeoutMillis}
     */
    static void dump(Path classList, Path hostJar, Path tmp, long timeoutMillis) throws IOException, InterruptedException {
        if (!Files.isRegularFile(classList) || Files.size(classList) == 0) {
            throw new IOException("the training host listed no classes in " + classList);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(JvmCommand.javaExecutable().toString());
        cmd.add("-Xshare:dump");
        cmd.add("-XX:SharedClassListFile=" + classList);
        cmd.add("-XX:SharedArchiveFile=" + tmp);
        cmd.add("-Xlog:disable");
        cmd.add("-Xlog:all=warning:stderr");
        cmd.add("-cp");
        cmd.add(hostJar.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException("java -Xshare:dump took longer than " + timeoutMillis + " ms");
        }
        if (p.exitValue() != 0) {
            throw new IOException("java -Xshare:dump exited with code " + p.exitValue());
        }
    }

    /** Publishes a written archive; an empty or missing one is dropped. */
    void publish(Path tmp) throws IOException {
        if (Files.isRegularFile(tmp) && Files.size(tmp) > 0) {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(tmp);
        }
    }
}

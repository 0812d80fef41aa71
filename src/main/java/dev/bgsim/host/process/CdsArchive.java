package dev.bgsim.host.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The AppCDS archive of the host jar for the running JVM: recorded once by a training host
 * ({@code -XX:ArchiveClassesAtExit}) and then mapped by every host ({@code -XX:SharedArchiveFile}),
 * so the classes a host needs are not parsed and verified again on each start. Kept next to the
 * host jar, named after the JVM version, so a new JDK or a new bgsim build records a new one.
 */
final class CdsArchive {
    private final Path file;

    CdsArchive(HostJar jar) {
        String vm = (Runtime.version().toString() + "-" + System.getProperty("java.vm.name", "vm"))
                .replaceAll("[^A-Za-z0-9._-]", "_");
        this.file = jar.directory().resolve("host-" + vm + ".jsa");
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

    /** Options for the training host: dump what it loaded into {@code tmp} when it exits. */
    static List<String> recordArgs(Path tmp) {
        return List.of("-XX:ArchiveClassesAtExit=" + tmp);
    }

    /** Publishes a recorded archive; an empty or missing recording is dropped. */
    void publish(Path tmp) throws IOException {
        if (Files.isRegularFile(tmp) && Files.size(tmp) > 0) {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(tmp);
        }
    }
}

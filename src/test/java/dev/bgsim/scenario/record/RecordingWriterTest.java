package dev.bgsim.scenario.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.SampleFiles;
import dev.bgsim.engine.Command;
import dev.bgsim.engine.EngineConfig;
import dev.bgsim.engine.device.BatterySaverMode;
import dev.bgsim.engine.device.PowerSource;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.event.Subjects;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.CooperativeTask;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingWriterTest {
    private static final Instant WALL = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    private RecordingHeader header(List<RecordedPackage> packages) {
        return RecordingHeader.of(EngineConfig.defaults(), "test session", packages, Clock.fixed(WALL, ZoneOffset.UTC));
    }

    @Test
    void headerComesFirstThenEveryEventOfTheEngineInOrder() throws Exception {
        Path file = dir.resolve("session.jsonl");
        try (EngineHarness h = EngineHarness.start("desktop")) {
            try (RecordingWriter writer = RecordingWriter.create(file, header(List.of())).attachTo(h.engine())) {
                h.load(BasicPackage.builder("Pkg").task(CooperativeTask.class, "systemEvent")
                        .registration("Coop", CooperativeTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                        .build());
                h.device(d -> d.withPower(PowerSource.BATTERY));
                h.fire("Coop");
                h.runFor(Duration.ofSeconds(3));
                h.device(d -> d.withSaver(BatterySaverMode.ON));
                h.runFor(Duration.ofSeconds(10));
            }
            Recording recording = new RecordingReader().read(file);
            assertEquals(List.of(), recording.problems());
            RecordedSession session = recording.session(1);
            RecordingHeader read = session.header().orElseThrow();
            assertEquals("desktop", read.profile());
            assertEquals(EngineConfig.DEFAULT_START, read.start());
            assertEquals("test session", read.title());
            assertEquals(RecordingHeader.FORMAT_VERSION, read.formatVersion());
            List<EngineEvent> history = h.engine().history();
            assertEquals(history, session.events());
            assertTrue(session.events().stream().anyMatch(e -> e.payload() instanceof Events.InstanceCanceled c
                    && c.reason().equals("ENERGY_SAVER")));
        }
    }

    @Test
    void eachBatchIsOnDiskAsSoonAsItIsWritten() throws Exception {
        Path file = dir.resolve("flushed.jsonl");
        try (RecordingWriter writer = RecordingWriter.create(file, header(List.of()))) {
            assertEquals(1, RecordingFiles.lines(file).size(), "the header is flushed at once");
            writer.onEvents(List.of(event(1), event(2)));
            assertEquals(3, RecordingFiles.lines(file).size());
            assertEquals(2, writer.lastFlushedSeq());
            writer.onEvents(List.of(event(3)));
            assertEquals(4, RecordingFiles.lines(file).size());
            assertEquals(3, writer.eventsWritten());
        }
    }

    @Test
    void aSecondEngineOnTheSameWriterStartsANewSession() throws Exception {
        Path file = dir.resolve("two.jsonl");
        try (RecordingWriter writer = RecordingWriter.create(file, header(List.of()))) {
            writer.onEvents(List.of(started(1), event(2)));
            writer.onEvents(List.of(started(1), event(2), event(3)));
            writer.beginSession(header(List.of()));
            writer.onEvents(List.of(started(1)));
        }
        Recording recording = new RecordingReader().read(file);
        assertEquals(List.of(), recording.problems());
        assertEquals(3, recording.sessions().size());
        assertEquals(List.of(2, 3, 1), recording.sessions().stream().map(s -> s.events().size()).toList());
        assertTrue(recording.session(2).header().isPresent(), "a header made from EngineStarted");
    }

    @Test
    void packagesAreRecordedWithIdentityVersionAndTheHashOfTheirFiles() throws Exception {
        Path jar = SampleFiles.officialSampleJar();
        RecordedPackage pkg = new PackageFingerprints().describe(jar);
        assertEquals("Samples.BackgroundTask", pkg.identity());
        assertEquals(jar.toString(), pkg.file());
        assertFalse(pkg.files().isEmpty());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        assertEquals(expected, pkg.files().get(0).sha256());

        Path file = dir.resolve("pkg.jsonl");
        RecordedPackage later = new RecordedPackage("Later", "2.0.0.0", "/x/later.jar", List.of(new RecordedFile("/x/later.jar", "00")));
        try (RecordingWriter writer = RecordingWriter.create(file, header(List.of(pkg)))) {
            writer.packageOpened(later);
        }
        RecordedSession session = new RecordingReader().read(file).session(1);
        assertEquals(List.of(pkg), session.header().orElseThrow().packages());
        assertEquals(List.of(pkg, later), session.packages());
    }

    @Test
    void eventsAfterCloseAreNotWrittenAndNothingIsThrown() throws Exception {
        Path file = dir.resolve("closed.jsonl");
        RecordingWriter writer = RecordingWriter.create(file, header(List.of()));
        writer.close();
        writer.onEvents(List.of(event(1)));
        assertEquals(1, RecordingFiles.lines(file).size());
        assertEquals(0, writer.lastFlushedSeq());
    }

    @Test
    void closingNotesWhereTheClockStoodAndAPackageReadFromFilesIsDescribedWithItsHash() throws Exception {
        Path file = dir.resolve("files.jsonl");
        Path jar = SampleFiles.officialSampleJar();
        try (EngineHarness h = EngineHarness.start("desktop")) {
            try (RecordingWriter writer = RecordingWriter.create(file, header(List.of())).attachTo(h.engine())) {
                h.ok(new Command.LoadPackageFile(jar));
                h.runFor(Duration.ofSeconds(42));
            }
        }
        RecordedSession session = new RecordingReader().read(file).session(1);
        assertEquals(EngineConfig.DEFAULT_START.plusSeconds(42), session.stoppedAt().orElseThrow());
        assertEquals(EngineConfig.DEFAULT_START.plusSeconds(42), session.end());
        RecordedPackage pkg = session.packages().get(0);
        assertEquals("Samples.BackgroundTask", pkg.identity());
        assertEquals(jar.toString(), pkg.file());
        assertEquals(PackageFingerprints.sha256(jar), pkg.files().get(0).sha256());
        assertTrue(session.header().orElseThrow().packages().isEmpty(), "the header was written before the package was opened");
    }

    static EngineEvent event(long seq) {
        return new EngineEvent(seq, EngineConfig.DEFAULT_START.plusSeconds(seq), WALL, Subjects.NONE,
                new Events.ProgressReported((int) seq));
    }

    static EngineEvent started(long seq) {
        return new EngineEvent(seq, EngineConfig.DEFAULT_START, WALL, Subjects.NONE,
                new Events.EngineStarted("mobile-512mb", EngineConfig.DEFAULT_START, true, 1.0, Map.of("power", "AC")));
    }
}

package dev.bgsim.engine.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bgsim.engine.Command;
import dev.bgsim.engine.broker.RegistrationRequest;
import dev.bgsim.engine.device.AccessSetting;
import dev.bgsim.engine.event.Events;
import dev.bgsim.engine.harness.EngineHarness;
import dev.bgsim.engine.instance.InstanceState;
import dev.bgsim.engine.packages.BasicPackage;
import dev.bgsim.engine.tasks.ArgsTask;
import dev.bgsim.sdk.SystemTrigger;
import dev.bgsim.sdk.SystemTriggerType;
import dev.bgsim.sdk.TimeTrigger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 7: registrations, local settings and access settings persist with atomic writes. */
class WorkspaceTest {
    static final String PKG = "Test.Pkg";

    static BasicPackage pkg() {
        return BasicPackage.builder(PKG).task(ArgsTask.class, "systemEvent", "timer")
                .registration("Manifest", ArgsTask.class, new SystemTrigger(SystemTriggerType.TIME_ZONE_CHANGE, false))
                .build();
    }

    @Test
    void registrationsAccessAndLocalSettingsSurviveARestart(@TempDir Path dir) {
        UUID extraId;
        try (EngineHarness h = EngineHarness.start(Workspace.open(dir))) {
            h.load(pkg());
            h.ok(new Command.SetAccess(PKG, AccessSetting.ALWAYS_ALLOWED));
            h.ok(new Command.SetAccessRequested(PKG, true));
            extraId = UUID.fromString(h.ok(new Command.Register(new RegistrationRequest(PKG, "Extra",
                    ArgsTask.class.getName(), new TimeTrigger(30, true), List.of(), false, true, null, "USER"))).message());
            h.fire("Manifest");
            h.runFor(Duration.ofMinutes(2));
            h.awaitState("Manifest", 1, InstanceState.COMPLETED);
        }
        assertTrue(Files.exists(dir.resolve("registrations.json")));
        try (EngineHarness h = EngineHarness.start(Workspace.open(dir))) {
            h.awaitQuiet();
            assertEquals(2, h.events("WorkspaceRestored").get(0).payloadAs(Events.WorkspaceRestored.class).registrations());
            h.load(pkg());
            var regs = h.snapshot().registrations();
            assertEquals(List.of("Manifest", "Extra"), regs.stream().map(r -> r.name()).toList(), "no duplicate manifest registration");
            assertEquals(extraId, h.snapshot().registration("Extra").orElseThrow().taskId(), "task ids are kept");
            assertTrue(h.events("RegistrationAdded").stream()
                    .allMatch(e -> e.payloadAs(Events.RegistrationAdded.class).origin().equals("RESTORED")));
            assertEquals(List.of(false, true), h.events("RegistrationAdded").stream()
                    .map(e -> e.payloadAs(Events.RegistrationAdded.class).networkRequested()).toList(),
                    "networkRequested is kept");
            h.fire("Manifest");
            h.runFor(Duration.ofMinutes(2));
            h.awaitState("Manifest", 1, InstanceState.COMPLETED);
        }
        Workspace again = Workspace.open(dir);
        assertEquals("null", again.settings().get(PKG, "args"), "a task's local setting, from disk");
        assertEquals("ALWAYS_ALLOWED", again.registrations().load().access().get(PKG).setting());
    }

    @Test
    void aCrashBetweenWriteAndRenameLeavesTheOldFileWholeAndTheLeftoverIsRemoved(@TempDir Path dir) throws Exception {
        AtomicInteger writes = new AtomicInteger();
        AtomicFiles crashing = new AtomicFiles(() -> {
            if (writes.incrementAndGet() == 2) {
                throw new IllegalStateException("simulated crash before rename");
            }
        });
        Path target = dir.resolve("registrations.json");
        crashing.write(target, "{\"version\":1,\"registrations\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class,
                () -> crashing.write(target, "{\"version\":1,\"registrations\":[{\"half\":".getBytes(StandardCharsets.UTF_8)));
        assertEquals("{\"version\":1,\"registrations\":[]}", Files.readString(target), "the old file, whole");
        try (var s = Files.list(dir)) {
            assertTrue(s.anyMatch(p -> p.toString().endsWith(AtomicFiles.TEMP_SUFFIX)), "the crash left a temporary");
        }
        Workspace w = Workspace.open(dir);
        try (var s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(AtomicFiles.TEMP_SUFFIX)), "removed at the next start");
        }
        RegistrationStore.Loaded loaded = w.registrations().load();
        assertTrue(loaded.problems().isEmpty());
        assertTrue(loaded.registrations().isEmpty());
    }

    @Test
    void aCorruptFileIsReportedByNameAndMovedAsideNeverDroppedSilently(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("registrations.json"), "{\"version\":1,\"registrations\":[{\"taskId\":");
        Files.createDirectories(dir.resolve("settings"));
        Files.writeString(dir.resolve("settings").resolve(PKG + ".json"), "not json");
        Clock wall = Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC);
        Workspace w = Workspace.open(dir, new AtomicFiles(), wall);
        try (EngineHarness h = EngineHarness.start(w)) {
            h.awaitQuiet();
            List<WorkspaceProblem> problems = h.engine().workspaceProblems();
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(PKG + ".json")));
            WorkspaceProblem regs = problems.stream().filter(p -> p.file().endsWith("registrations.json")).findFirst()
                    .orElseThrow();
            assertTrue(regs.movedTo().endsWith("registrations.json.corrupt-20260203T040506"), regs.movedTo());
            assertTrue(Files.exists(Path.of(regs.movedTo())));
            assertFalse(Files.exists(dir.resolve("registrations.json")) && Files.readString(dir.resolve("registrations.json"))
                    .contains("\"taskId\":\n"));
            assertEquals(2, h.events("WorkspaceProblem").size());
        }
    }

    @Test
    void uninstallRemovesTheRegistrationsAndTheSettingsFile(@TempDir Path dir) {
        try (EngineHarness h = EngineHarness.start(Workspace.open(dir))) {
            h.load(pkg());
            h.fire("Manifest");
            h.runFor(Duration.ofMinutes(2));
            h.awaitState("Manifest", 1, InstanceState.COMPLETED);
            assertTrue(Files.exists(dir.resolve("settings").resolve(PKG + ".json")));
            h.ok(new Command.UninstallPackage(PKG));
        }
        assertFalse(Files.exists(dir.resolve("settings").resolve(PKG + ".json")));
        assertTrue(Workspace.open(dir).registrations().load().registrations().isEmpty());
    }
}

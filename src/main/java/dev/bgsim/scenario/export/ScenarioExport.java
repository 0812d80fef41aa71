package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bgsim.engine.device.DeviceProfile;
import dev.bgsim.pkg.PackageLoader;
import dev.bgsim.pkg.RegistrationSpec;
import dev.bgsim.scenario.record.RecordedPackage;
import dev.bgsim.scenario.record.RecordedSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A recorded session as a scenario file (SPEC 6.1, docs/scenario-format.md): the packages it
 * loaded (paths relative to the scenario file), the device state it started in, every command
 * a user gave at its simulated time, and expectations for the outcomes it saw (each instance's
 * final state and reason, instance counts, app states) at the end. Running the scenario replays
 * the session; it passes while the tasks behave as they did.
 */
public final class ScenarioExport {
    private final PackageLoader loader;

    public ScenarioExport() {
        this(new PackageLoader());
    }

    /** An export that reads manifests with {@code loader} (to tell restored registrations from manifest ones). */
    public ScenarioExport(PackageLoader loader) {
        this.loader = loader;
    }

    /**
     * The scenario of {@code session}, to be written at {@code scenarioFile}.
     *
     * @param source what the session came from, for the scenario's comment (the recording's file name)
     */
    public ExportedScenario export(RecordedSession session, Path scenarioFile, String source) {
        Path folder = scenarioFile.toAbsolutePath().normalize().getParent();
        List<String> notes = new ArrayList<>();
        SessionInputs inputs = new SessionInputs(session.start(), new HostNames(session.events()),
                new ManifestNames(session.packages())::declares);
        inputs.readAll(session.events());
        List<RecordedPackage> packages = packages(session, inputs, notes);
        fillUpdatePaths(session, inputs, packages, folder);
        Duration end = Duration.between(session.start(), session.end());
        if (session.stoppedAt().isEmpty()) {
            // Recorded to its last event only (bgsim was killed): the last outcome may have come a
            // little later in real time than the simulated clock can promise; look at the next whole second.
            end = Duration.ofSeconds(end.getSeconds() + 1);
        }
        Duration last = inputs.steps().stream().map(ExportStep::at).max(Duration::compareTo).orElse(Duration.ZERO);
        SessionOutcomes outcomes = new SessionOutcomes();
        List<ExportStep> steps = new ArrayList<>(inputs.steps());
        steps.addAll(outcomes.expectations(session.events(), end.compareTo(last) >= 0 ? end : last));
        notes.addAll(inputs.notes());
        notes.addAll(outcomes.notes());

        Map<String, JsonNode> fields = new LinkedHashMap<>();
        String title = session.header().map(h -> h.title()).filter(t -> !t.isBlank()).orElse("recorded session");
        fields.put("name", TextNode.valueOf(title + " (replayed)"));
        ArrayNode comment = JsonNodeFactory.instance.arrayNode();
        comment.add("Exported by bgsim from " + source + ": the session's inputs at their simulated times, then the "
                + "outcomes it saw as expectations.");
        notes.forEach(comment::add);
        fields.put("comment", comment);
        fields.put("profile", TextNode.valueOf(profile(session, notes, comment)));
        fields.put("start", TextNode.valueOf(session.start().toString()));
        ArrayNode files = JsonNodeFactory.instance.arrayNode();
        packages.forEach(p -> files.add(relative(folder, p.file())));
        fields.put("packages", files);
        if (!inputs.initial().isEmpty()) {
            fields.put("initial", inputs.initial());
        }
        return new ExportedScenario(new ScenarioJsonText().write(fields, steps), notes);
    }

    private static String profile(RecordedSession session, List<String> notes, ArrayNode comment) {
        String profile = session.profile();
        if (DeviceProfile.BUILT_IN.contains(profile)) {
            return profile;
        }
        String note = "the session ran on the custom profile " + profile + "; give its .json path as \"profile\"";
        notes.add(note);
        comment.add(note);
        return "desktop";
    }

    /** The files of the packages the session loaded, in load order. */
    private static List<RecordedPackage> packages(RecordedSession session, SessionInputs inputs, List<String> notes) {
        List<RecordedPackage> out = new ArrayList<>();
        List<String> identities = inputs.loadedIdentities();
        if (identities.isEmpty()) {
            identities = session.packages().stream().map(RecordedPackage::identity).distinct().toList();
        }
        for (String identity : identities) {
            Optional<SessionInputs.LoadedPackage> load = inputs.loaded().stream()
                    .filter(l -> l.identity().equals(identity)).findFirst();
            String version = load.map(SessionInputs.LoadedPackage::version).orElse(null);
            Optional<RecordedPackage> file = session.packages().stream()
                    .filter(p -> p.identity().equals(identity) && (version == null || p.version().equals(version)))
                    .findFirst()
                    .or(() -> session.packages().stream().filter(p -> p.identity().equals(identity)).findFirst())
                    .or(() -> load.map(SessionInputs.LoadedPackage::file)
                            .map(f -> new RecordedPackage(identity, version, f, List.of())));
            file.ifPresentOrElse(out::add, () -> notes.add("package " + identity + " was loaded but the recording "
                    + "does not say from which file (it was built in code?); add it to \"packages\" by hand"));
        }
        if (out.isEmpty()) {
            notes.add("the recording names no package files; a scenario needs at least one in \"packages\"");
        }
        return out;
    }

    private static void fillUpdatePaths(RecordedSession session, SessionInputs inputs, List<RecordedPackage> loaded,
                                        Path folder) {
        Set<String> loadedFiles = loaded.stream().map(RecordedPackage::file).collect(Collectors.toSet());
        for (SessionInputs.UpdatedPackage u : inputs.updates()) {
            session.packages().stream()
                    .filter(p -> p.identity().equals(u.identity()) && p.version().equals(u.version()))
                    .map(RecordedPackage::file).findFirst()
                    .or(() -> Optional.ofNullable(u.file()))
                    .filter(file -> !loadedFiles.contains(file))
                    .ifPresent(file -> u.step().fields().put("path", relative(folder, file)));
        }
    }

    /** {@code file} relative to the scenario's folder, with forward slashes; absolute when it cannot be relative. */
    static String relative(Path folder, String file) {
        Path target = Path.of(file).toAbsolutePath().normalize();
        try {
            return folder.relativize(target).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return target.toString();
        }
    }

    /** Which registration names each recorded package's manifest declares (read once per package). */
    private final class ManifestNames {
        private final List<RecordedPackage> packages;
        private final Map<String, Set<String>> names = new HashMap<>();

        ManifestNames(List<RecordedPackage> packages) {
            this.packages = packages;
        }

        boolean declares(String packageName, String registrationName) {
            return names.computeIfAbsent(packageName, this::read).contains(registrationName);
        }

        private Set<String> read(String packageName) {
            return packages.stream().filter(p -> p.identity().equals(packageName)).findFirst()
                    .flatMap(p -> loader.load(Path.of(p.file())).loadedPackage())
                    .map(pkg -> pkg.registrations().stream().map(RegistrationSpec::name).collect(Collectors.toSet()))
                    .orElse(Set.of());
        }
    }
}

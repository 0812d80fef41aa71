package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.Step;
import dev.bgsim.scenario.device.DeviceProfileRef;
import dev.bgsim.scenario.device.DeviceSetting;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the scenario object at the top of the file: name, profile, packages, initial state, steps. */
final class ScenarioReader {

    static final List<String> FIELDS = List.of("name", "profile", "start", "packages", "initial", "steps", "comment");

    private static final String PACKAGES_EXAMPLE = "\"packages\": [\"../sample-tasks/official-sample/target/official-sample.jar\"]";

    private final Path file;
    private final Problems problems;
    private final ReferencedFiles files;
    private final DeviceSettingsReader deviceSettings;
    private final StepReader steps;

    ScenarioReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
        this.files = new ReferencedFiles(file, problems);
        this.deviceSettings = new DeviceSettingsReader(files);
        this.steps = new StepReader(new ActionReader(files, deviceSettings), problems);
    }

    /** The scenario, or empty when anything in it was wrong (the problems say what). */
    Optional<Scenario> read(LocatedValue root) {
        if (!(root instanceof LocatedObject object)) {
            problems.add(root.location(), "a scenario file holds one JSON object, not " + root.describe(),
                    "write {\"name\": ..., \"packages\": [...], \"steps\": [...]}");
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(object, "the scenario", problems, FIELDS);
        String name = fields.string("name").orElseGet(this::nameFromFile);
        DeviceProfileRef profile = deviceSettings.profile(fields, "profile").orElse(DeviceProfileRef.DEFAULT);
        Optional<Instant> start = start(fields);
        fields.require("packages", PACKAGES_EXAMPLE);
        List<Path> packages = packages(fields);
        List<DeviceSetting> initial = initial(fields);
        fields.require("steps", "\"steps\": [{\"at\": \"0s\", \"do\": \"launch\", \"package\": \"Samples.BackgroundTask\"}]");
        List<Step> script = fields.array("steps", "[{\"at\": \"0s\", ...}]").map(steps::read).orElse(List.of());
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name, file, profile, start, packages, initial, script));
    }

    private String nameFromFile() {
        String fileName = String.valueOf(file.getFileName());
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - ".json".length()) : fileName;
    }

    private Optional<Instant> start(FieldReader fields) {
        Optional<String> text = fields.string("start");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            problems.add(fields.value("start").orElseThrow().location(),
                    "\"start\" is not an instant: \"" + text.get() + "\"",
                    "write an ISO-8601 UTC instant such as \"2026-01-01T08:00:00Z\"");
            return Optional.empty();
        }
    }

    private List<Path> packages(FieldReader fields) {
        List<Path> packages = new ArrayList<>();
        Optional<LocatedArray> array = fields.array("packages", "[\"path/to/package.jar\"]");
        if (array.isEmpty()) {
            return packages;
        }
        if (array.get().items().isEmpty()) {
            problems.add(array.get().location(), "\"packages\" is empty: a scenario needs something to load",
                    "list package files, e.g. " + PACKAGES_EXAMPLE);
        }
        for (LocatedValue item : array.get().items()) {
            if (item instanceof LocatedScalar scalar && scalar.kind() == LocatedScalar.Kind.STRING
                    && !scalar.stringValue().isBlank()) {
                files.existing(scalar.stringValue(), "package file", scalar.location()).ifPresent(packages::add);
            } else {
                problems.add(item.location(), "a package must be a path in quotes, not " + item.describe(),
                        "write the path of a package jar or manifest, relative to the scenario file");
            }
        }
        return packages;
    }

    private List<DeviceSetting> initial(FieldReader fields) {
        Optional<LocatedObject> object = fields.object("initial", "{\"power\": \"battery\", \"batteryPercent\": 80}");
        if (object.isEmpty()) {
            return List.of();
        }
        if (object.get().has("profile")) {
            LocatedObject.Member profile = object.get().member("profile").orElseThrow();
            problems.add(profile.nameLocation(), "\"profile\" in \"initial\"",
                    "put \"profile\" at the top level of the scenario, next to \"packages\"");
        }
        // "profile" is allowed past the unknown-field check because it was reported above with a better hint.
        List<String> allowed = new ArrayList<>(DeviceSettingsReader.INITIAL_FIELDS);
        allowed.add("profile");
        FieldReader initialFields = new FieldReader(object.get(), "\"initial\"", problems, allowed);
        return deviceSettings.read(initialFields, DeviceSettingsReader.INITIAL_FIELDS);
    }
}

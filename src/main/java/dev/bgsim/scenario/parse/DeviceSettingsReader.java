package dev.bgsim.scenario.parse;

import dev.bgsim.scenario.device.DeviceProfileRef;
import dev.bgsim.scenario.device.DeviceSetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads device and policy fields (SPEC 3.2) into settings, in the order the file lists them;
 * shared by the {@code set} action and the scenario's {@code initial} block.
 */
final class DeviceSettingsReader {

    /** Every device field, in the order the docs list them. */
    static final List<String> FIELDS = List.of("power", "batteryPercent", "drainPercentPerHour", "batterySaver",
            "batterySaverThreshold", "internet", "metered", "userPresent", "sessionConnected", "screenOn",
            "memoryPressure", "access", "profile", "speed", "timeSkipping", "enforceWhileDebugging");

    /** Battery drain faster than 100 % a minute is a typo, not a test. */
    static final double MAX_DRAIN_PERCENT_PER_HOUR = 6000;

    private final ReferencedFiles files;

    DeviceSettingsReader(ReferencedFiles files) {
        this.files = files;
    }

    /** The fields of {@code initial}: the profile belongs at the top level of a scenario. */
    static final List<String> INITIAL_FIELDS = FIELDS.stream().filter(f -> !f.equals("profile")).toList();

    /**
     * The settings among {@code fields}' members, in file order.
     *
     * @param deviceFields the device fields to read; other members are left to the caller
     */
    List<DeviceSetting> read(FieldReader fields, List<String> deviceFields) {
        List<DeviceSetting> settings = new ArrayList<>();
        for (String field : fields.fieldNames()) {
            if (!deviceFields.contains(field)) {
                continue;
            }
            if (field.equals("access")) {
                settings.addAll(access(fields));
            } else {
                one(fields, field).ifPresent(settings::add);
            }
        }
        return settings;
    }

    /** A built-in profile name or a custom profile file ending in {@code .json}. */
    Optional<DeviceProfileRef> profile(FieldReader fields, String field) {
        Optional<String> text = fields.string(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (DeviceProfileRef.BUILT_IN_NAMES.contains(text.get())) {
            return Optional.of(new DeviceProfileRef.BuiltIn(text.get()));
        }
        var location = fields.value(field).orElseThrow().location();
        if (text.get().endsWith(".json")) {
            return files.existing(text.get(), "profile file", location).map(DeviceProfileRef.CustomFile::new);
        }
        Vocabulary<String> builtIn = Vocabulary.ofStrings("profile", DeviceProfileRef.BUILT_IN_NAMES);
        fields.problems().add(location, "\"" + field + "\": " + builtIn.unknown(text.get()),
                builtIn.remedy(text.get()) + ", or a path to a custom profile file ending in .json");
        return Optional.empty();
    }

    private Optional<DeviceSetting> one(FieldReader fields, String field) {
        return switch (field) {
            case "power" -> fields.word(field, Words.POWER).map(DeviceSetting.Power::new);
            case "batteryPercent" -> fields.wholeNumber(field, 0, 100).map(DeviceSetting.BatteryPercent::new);
            case "drainPercentPerHour" -> fields.decimal(field, 0, MAX_DRAIN_PERCENT_PER_HOUR)
                    .map(DeviceSetting.DrainPercentPerHour::new);
            case "batterySaver" -> fields.word(field, Words.BATTERY_SAVER).map(DeviceSetting.BatterySaver::new);
            case "batterySaverThreshold" -> fields.wholeNumber(field, 0, 100).map(DeviceSetting.BatterySaverThreshold::new);
            case "internet" -> fields.bool(field).map(DeviceSetting.Internet::new);
            case "metered" -> fields.bool(field).map(DeviceSetting.Metered::new);
            case "userPresent" -> fields.bool(field).map(DeviceSetting.UserPresent::new);
            case "sessionConnected" -> fields.bool(field).map(DeviceSetting.SessionConnected::new);
            case "screenOn" -> fields.bool(field).map(DeviceSetting.ScreenOn::new);
            case "memoryPressure" -> fields.word(field, Words.MEMORY_PRESSURE).map(DeviceSetting.Memory::new);
            case "profile" -> profile(fields, field).map(DeviceSetting.Profile::new);
            case "speed" -> fields.decimal(field, DeviceSetting.Speed.MIN, DeviceSetting.Speed.MAX)
                    .map(DeviceSetting.Speed::new);
            case "timeSkipping" -> fields.bool(field).map(DeviceSetting.TimeSkipping::new);
            case "enforceWhileDebugging" -> fields.bool(field).map(DeviceSetting.EnforceWhileDebugging::new);
            default -> throw new IllegalStateException("device field without a reader: " + field);
        };
    }

    private List<DeviceSetting> access(FieldReader fields) {
        String example = "{\"Samples.BackgroundTask\": \"ALWAYS_ALLOWED\"}";
        Optional<LocatedObject> object = fields.object("access", example);
        if (object.isEmpty()) {
            return List.of();
        }
        if (object.get().members().isEmpty()) {
            fields.problems().add(object.get().location(), "\"access\" names no package",
                    "write " + example + ", or remove \"access\"");
            return List.of();
        }
        List<String> packageNames = object.get().members().stream().map(LocatedObject.Member::name).toList();
        FieldReader perPackage = new FieldReader(object.get(), "\"access\"", fields.problems(), packageNames);
        List<DeviceSetting> settings = new ArrayList<>();
        for (String packageName : packageNames) {
            perPackage.word(packageName, Words.ACCESS)
                    .ifPresent(setting -> settings.add(new DeviceSetting.Access(packageName, setting)));
        }
        return settings;
    }
}

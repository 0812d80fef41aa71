package dev.bgsim.scenario.action;

import dev.bgsim.scenario.device.DeviceSetting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Sets device and policy fields (SPEC 3.2), applied together as one command in file order; the
 * matching system events fire and gates open or close at once.
 *
 * @param settings at least one setting
 */
public record SetDevice(List<DeviceSetting> settings) implements Action {

    /** The {@code "do"} word. */
    public static final String VERB = "set";

    public SetDevice {
        settings = List.copyOf(settings);
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("a set action needs at least one setting");
        }
    }

    @Override
    public String verb() {
        return VERB;
    }

    @Override
    public String describe() {
        return settings.stream().map(DeviceSetting::describe).collect(Collectors.joining(", ", VERB + " ", ""));
    }
}

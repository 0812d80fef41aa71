package dev.bgsim.scenario.action;

/** The triggers a scenario registers without parameters, with their {@code "type"} words. */
public enum PlainTriggerType {
    APPLICATION("application"),
    MEDIA_PROCESSING("mediaProcessing"),
    DEVICE_USE("deviceUse"),
    DEVICE_SERVICING("deviceServicing");

    private final String jsonName;

    PlainTriggerType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The {@code "type"} word in scenario files. */
    public String jsonName() {
        return jsonName;
    }
}

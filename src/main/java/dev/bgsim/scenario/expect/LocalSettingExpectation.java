package dev.bgsim.scenario.expect;

import java.util.Objects;

/**
 * A value in a package's local settings, the store tasks use to tell the app what happened.
 *
 * @param packageName the package whose settings are read
 * @param key         the settings key
 * @param present     true: the key must hold {@code value}; false: the key must be absent
 * @param value       the expected JSON value (String, Long, BigInteger, Double, Boolean, List,
 *                    Map or null); null when {@code present} is false. Numbers compare by value.
 */
public record LocalSettingExpectation(String packageName, String key, boolean present, Object value)
        implements Expectation {

    public LocalSettingExpectation {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(key, "key");
        if (!present && value != null) {
            throw new IllegalArgumentException("an absent setting has no value");
        }
    }

    @Override
    public String describe() {
        String setting = "localSettings " + packageName + " \"" + key + "\"";
        return present ? setting + " equals " + JsonText.of(value) : setting + " is absent";
    }
}

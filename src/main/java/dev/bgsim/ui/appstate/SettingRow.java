package dev.bgsim.ui.appstate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One LocalSettings value as the app panel shows it.
 *
 * @param key   the key
 * @param value the value in words: a string as it is, a list or map in JSON-like brackets
 */
public record SettingRow(String key, String value) {

    static SettingRow of(String key, Object value) {
        return new SettingRow(key, text(value));
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SettingRow::quoted).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + quoted(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : text(value);
    }
}

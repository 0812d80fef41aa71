package dev.bgsim.host.child;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The local-settings cache of each package that has run in this host, by package id. Thread-safe. */
final class PackageSettingsStores {
    private final Map<String, SettingsCache> byPackage = new ConcurrentHashMap<>();

    /** The cache of {@code packageId}, made empty on first use. */
    SettingsCache of(String packageId) {
        SettingsCache cache = byPackage.get(packageId);
        if (cache == null) {
            SettingsCache made = new SettingsCache();
            cache = byPackage.putIfAbsent(packageId, made);
            cache = cache == null ? made : cache;
        }
        return cache;
    }
}

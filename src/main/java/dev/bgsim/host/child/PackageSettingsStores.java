package dev.bgsim.host.child;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The local-settings cache of each package that has run in this host, by package id. Thread-safe. */
final class PackageSettingsStores {
    private final Map<String, SettingsCache> byPackage = new ConcurrentHashMap<>();

    /** The cache of {@code packageId}, made empty on first use. */
    SettingsCache of(String packageId) {
        return byPackage.computeIfAbsent(packageId, id -> new SettingsCache());
    }
}

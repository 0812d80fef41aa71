package dev.bgsim.host.child;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * One class loader per package in this host, over the package's code jars and an
 * {@link SdkOnlyParentLoader}; instances of one package share it (and so share static state, as
 * tasks of one package do in one Windows task host). Thread-safe.
 */
final class TaskCodeLoaders {
    private final ClassLoader sdkOnly = new SdkOnlyParentLoader(TaskCodeLoaders.class.getClassLoader());
    private final Map<String, ClassLoader> byPackage = new HashMap<>();

    /** The loader of {@code packageId}, made over {@code jars} on first use. */
    ClassLoader of(String packageId, List<String> jars) {
        synchronized (byPackage) {
            ClassLoader loader = byPackage.get(packageId);
            if (loader == null) {
                loader = open(packageId, jars);
                byPackage.put(packageId, loader);
            }
            return loader;
        }
    }

    private ClassLoader open(String packageId, List<String> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = Path.of(jars.get(i)).toUri().toURL();
            } catch (MalformedURLException | RuntimeException e) {
                throw new IllegalArgumentException("code jar " + jars.get(i) + " of package " + packageId
                        + " is not a usable path: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader("package " + packageId, urls, sdkOnly);
    }
}

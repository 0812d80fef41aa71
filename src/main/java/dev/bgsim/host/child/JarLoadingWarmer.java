package dev.bgsim.host.child;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Runs the JDK's jar class-loading path once (URL, URLClassLoader, JarFile, manifest, define) on
 * a background thread while the main thread sets up the channel, by loading {@link WarmUpTask}
 * from the host jar through a throwaway loader. The first START_INSTANCE then finds that code
 * initialised; on a machine with a free core this takes the largest part of the first
 * activation's cost off the cold-start path. Failure only means no head start.
 */
final class JarLoadingWarmer implements Runnable {
    void start() {
        Thread t = new Thread(this, "bgsim-warm-jar-loading");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        String hostJar = System.getProperty("java.class.path");
        if (hostJar == null || hostJar.isEmpty() || hostJar.contains(java.io.File.pathSeparator)) {
            return;
        }
        try {
            URL url = Path.of(hostJar).toUri().toURL();
            try (URLClassLoader loader = new URLClassLoader("bgsim-warm-up", new URL[] {url},
                    new SdkOnlyParentLoader(JarLoadingWarmer.class.getClassLoader()))) {
                Class.forName(WarmUpTask.class.getName(), true, loader).getDeclaredConstructor().newInstance();
            }
        } catch (Exception | LinkageError e) {
            // Only a head start was lost; the first activation does this work itself.
        }
    }
}

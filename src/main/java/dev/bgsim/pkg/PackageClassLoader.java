package dev.bgsim.pkg;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The class loader of one package: its code jars over an {@link SdkOnlyClassLoader}. Each call
 * of {@link #open} makes a new loader (a reload gets fresh classes); close it when the package
 * is unloaded so its jar files are released.
 */
public final class PackageClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private PackageClassLoader(String name, URL[] urls, ClassLoader parent) {
        super(name, urls, parent);
    }

    /** Says where bgsim looked, so a task author who expected a library to be there knows what to do. */
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return super.findClass(name);
        } catch (ClassNotFoundException e) {
            throw new ClassNotFoundException(name + " is not in the code jars of " + getName()
                    + ", and package code sees only the JDK and the bgsim SDK (dev.bgsim.sdk); add the library's jar to the package", e);
        }
    }

    /** A new loader over the package's code jars (none for a declarations-only package). */
    public static PackageClassLoader open(BgsimPackage pkg) {
        return open(pkg.name(), pkg.source().codeJars());
    }

    /** A new loader named after the package over {@code jars}, in class path order. */
    public static PackageClassLoader open(String packageName, List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("cannot make a URL of " + jars.get(i), e);
            }
        }
        return new PackageClassLoader("package " + packageName, urls, SdkOnlyClassLoader.forRunningSdk());
    }
}

package dev.bgsim.pkg;

import dev.bgsim.sdk.BackgroundTask;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Objects;

/**
 * The parent of every package class loader: it shows package code the JDK (through the platform
 * class loader) and the bgsim SDK ({@code dev.bgsim.sdk.*}), and nothing else. So tasks cannot
 * reach bgsim internals or bgsim's own libraries (Jackson, picocli, JavaFX), and two packages
 * may ship different versions of one library (SPEC 2).
 */
public final class SdkOnlyClassLoader extends ClassLoader {
    private static final String SDK_PACKAGE = "dev.bgsim.sdk.";
    private static final String SDK_RESOURCES = "dev/bgsim/sdk/";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader sdkLoader;

    /** A loader that takes SDK classes from {@code sdkLoader} and JDK classes from the platform loader. */
    public SdkOnlyClassLoader(ClassLoader sdkLoader) {
        super("bgsim-sdk-only", ClassLoader.getPlatformClassLoader());
        this.sdkLoader = Objects.requireNonNull(sdkLoader, "sdkLoader");
    }

    /** The loader over the SDK this bgsim runs with. */
    public static SdkOnlyClassLoader forRunningSdk() {
        return new SdkOnlyClassLoader(BackgroundTask.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SDK_PACKAGE)) {
            return sdkLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    /** Reached only when the platform loader does not have the class: it is neither JDK nor SDK. */
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name + " is neither a JDK class nor a bgsim SDK class (dev.bgsim.sdk)");
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(SDK_RESOURCES) ? sdkLoader.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(SDK_RESOURCES) ? sdkLoader.getResources(name) : super.getResources(name);
    }

    @Override
    protected URL findResource(String name) {
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        return Collections.emptyEnumeration();
    }
}

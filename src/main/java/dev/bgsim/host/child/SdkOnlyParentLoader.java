package dev.bgsim.host.child;

import java.net.URL;

/**
 * Parent of every package class loader in a host: the JDK (platform loader) and the SDK
 * ({@code dev.bgsim.sdk.*}, from the host jar) and nothing else, so task code cannot reach the host's
 * own classes. The same rule as {@code dev.bgsim.pkg.SdkOnlyClassLoader} in bgsim's own JVM; the
 * host keeps its own copy because its jar holds only the SDK, the protocol and this package.
 */
final class SdkOnlyParentLoader extends ClassLoader {
    private static final String SDK_PACKAGE = "dev.bgsim.sdk.";
    private static final String SDK_RESOURCES = "dev/bgsim/sdk/";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader sdkLoader;

    SdkOnlyParentLoader(ClassLoader sdkLoader) {
        super("bgsim-sdk-only", ClassLoader.getPlatformClassLoader());
        this.sdkLoader = sdkLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SDK_PACKAGE)) {
            return sdkLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name + " (task code sees only the JDK and the bgsim SDK dev.bgsim.sdk;"
                + " put the library it comes from in the package's code jars)");
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(SDK_RESOURCES) ? sdkLoader.getResource(name) : super.getResource(name);
    }

    @Override
    protected URL findResource(String name) {
        return null;
    }
}

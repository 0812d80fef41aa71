package dev.bgsim.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads a package in any of the three forms of SPEC 2 into a {@link BgsimPackage}: a jar with
 * {@code bgsim-manifest.json} at its root, a {@code bgsim-manifest.json} file, or an appx
 * manifest (code from {@code --code} or a {@code bgsim-code} sibling file, or none). It runs every
 * check it can and reports all problems; a package with an error is not loaded. Stateless and
 * thread-safe; nothing it reads is kept open.
 */
public final class PackageLoader {
    /** The sibling file of an appx manifest that names its code jar. */
    public static final String BGSIM_CODE_FILE = "bgsim-code";
    private static final List<String> MANIFEST_NAMES = List.of(BgsimManifestReader.FILE_NAME, "Package.appxmanifest", "AppxManifest.xml");

    private final TaskTypeTable taskTypes;
    private final List<StaticCheck> loadChecks;
    private final BgsimManifestReader jsonReader;
    private final AppxManifestReader appxReader;

    /** A loader with the standard task type table and the {@link ManifestRules}. */
    public PackageLoader() {
        this(TaskTypeTable.standard(), List.of(new ManifestRules()));
    }

    /** A loader with its own task type table and load checks (an error from any check refuses the package). */
    public PackageLoader(TaskTypeTable taskTypes, List<StaticCheck> loadChecks) {
        this.taskTypes = taskTypes;
        this.loadChecks = List.copyOf(loadChecks);
        this.jsonReader = new BgsimManifestReader(taskTypes);
        this.appxReader = new AppxManifestReader(taskTypes);
    }

    /** The task type table this loader checks against. */
    public TaskTypeTable taskTypes() {
        return taskTypes;
    }

    /** Loads the package at {@code path} (a jar, a bgsim-manifest.json, an appx manifest, or a folder holding one). */
    public PackageLoadResult load(Path path) {
        return load(path, null);
    }

    /**
     * Loads the package at {@code path}; {@code codeJar} (the {@code --code} option, may be null)
     * gives an appx manifest its code, or adds a jar to the others.
     */
    public PackageLoadResult load(Path path, Path codeJar) {
        Diagnostics diagnostics = new Diagnostics();
        Path file = manifestIn(path, diagnostics);
        if (file == null) {
            return PackageLoadResult.refused(diagnostics.toList());
        }
        String display = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(display), "cannot read " + display + ": " + e.getMessage(), "check that the file is readable");
            return PackageLoadResult.refused(diagnostics.toList());
        }
        PackageForm form = PackageFormSniffer.sniff(file, bytes);
        if (form == null) {
            diagnostics.error(SourceLocation.ofFile(display), display + " is not a package",
                    "give a .jar with bgsim-manifest.json, a bgsim-manifest.json, or a Package.appxmanifest / AppxManifest.xml");
            return PackageLoadResult.refused(diagnostics.toList());
        }
        CodeJarList code = new CodeJarList(display);
        if (codeJar != null) {
            // The option has no file position; naming it in the location tells the user which input was wrong.
            code.add(codeJar.toString(), SourceLocation.ofFile("--code " + codeJar), CodeOrigin.CODE_OPTION);
        }
        ManifestContent content = switch (form) {
            case JAR_WITH_MANIFEST -> readJar(file, display, code, diagnostics);
            case JSON_MANIFEST -> readJson(bytes, display, code, diagnostics);
            case APPX_MANIFEST -> readAppx(file, bytes, display, code, codeJar != null, diagnostics);
        };
        if (content == null) {
            return PackageLoadResult.refused(diagnostics.toList());
        }
        BgsimPackage pkg = content.toPackage(source(form, file, display, code, diagnostics));
        for (StaticCheck check : loadChecks) {
            diagnostics.addAll(check.check(pkg));
        }
        verifyEntryPoints(pkg, code, diagnostics);
        return diagnostics.hasErrors() ? PackageLoadResult.refused(diagnostics.toList())
                : PackageLoadResult.loaded(pkg, diagnostics.toList());
    }

    private static PackageSource source(PackageForm form, Path file, String display, CodeJarList code, Diagnostics diagnostics) {
        SourceLocation manifestAt = form == PackageForm.JAR_WITH_MANIFEST
                ? SourceLocation.ofJarEntry(display, BgsimManifestReader.FILE_NAME) : SourceLocation.ofFile(display);
        List<Path> jars = code.checkedJars(diagnostics);
        return new PackageSource(form, file.toAbsolutePath().normalize(), manifestAt, jars, jars.isEmpty() ? CodeOrigin.NONE : code.origin());
    }

    /** The manifest file: {@code path} itself, or the manifest inside a folder. */
    private static Path manifestIn(Path path, Diagnostics diagnostics) {
        if (!Files.exists(path)) {
            diagnostics.error(SourceLocation.ofFile(path.toString()), path + " does not exist",
                    "check the path (it is resolved against " + Path.of("").toAbsolutePath() + ")");
            return null;
        }
        if (!Files.isDirectory(path)) {
            return path;
        }
        for (String name : MANIFEST_NAMES) {
            if (Files.isRegularFile(path.resolve(name))) {
                return path.resolve(name);
            }
        }
        diagnostics.error(SourceLocation.ofFile(path.toString()), "the folder " + path + " holds no package manifest",
                "give a .jar, or a folder with one of: " + String.join(", ", MANIFEST_NAMES));
        return null;
    }

    private ManifestContent readJar(Path jar, String display, CodeJarList code, Diagnostics diagnostics) {
        if (!CodeJarChecks.check(jar.toAbsolutePath(), display, SourceLocation.ofFile(display), diagnostics)) {
            return null;
        }
        byte[] manifest;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(BgsimManifestReader.FILE_NAME);
            if (entry == null) {
                diagnostics.error(SourceLocation.ofFile(display), display + " has no " + BgsimManifestReader.FILE_NAME + " at its root",
                        "put the manifest at the root of the jar, or load a bgsim-manifest.json or appx manifest whose code is this jar");
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = in.readAllBytes();
            }
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(display), "corrupt jar " + display + ": " + e.getMessage(), "rebuild the jar");
            return null;
        }
        SourceLocation file = SourceLocation.ofJarEntry(display, BgsimManifestReader.FILE_NAME);
        ManifestContent content = jsonReader.read(manifest, file, diagnostics);
        code.addFirst(jar, display, CodeOrigin.PACKAGE_JAR);
        addListedJars(content, code);
        return content;
    }

    private ManifestContent readJson(byte[] bytes, String display, CodeJarList code, Diagnostics diagnostics) {
        ManifestContent content = jsonReader.read(bytes, SourceLocation.ofFile(display), diagnostics);
        addListedJars(content, code);
        return content;
    }

    private static void addListedJars(ManifestContent content, CodeJarList code) {
        if (content != null) {
            for (ManifestContent.CodeReference reference : content.code()) {
                code.add(reference.path(), reference.location(), CodeOrigin.MANIFEST_CODE_LIST);
            }
        }
    }

    private ManifestContent readAppx(Path file, byte[] bytes, String display, CodeJarList code, boolean codeGiven,
                                     Diagnostics diagnostics) {
        String text;
        try {
            text = XmlTextDecoder.decode(bytes);
        } catch (CharacterCodingException e) {
            diagnostics.error(SourceLocation.ofFile(display), display + " is not valid text in its encoding (UTF-8 unless declared)",
                    "save the manifest as UTF-8");
            return null;
        }
        ManifestContent content = appxReader.read(text, SourceLocation.ofFile(display), diagnostics);
        if (!codeGiven) {
            BgsimCodeFile.read(file, display, code, diagnostics);
        }
        return content;
    }

    private static void verifyEntryPoints(BgsimPackage pkg, CodeJarList code, Diagnostics diagnostics) {
        if (code.anyRefused()) {
            diagnostics.info(pkg.source().manifest(), "entry point classes are not checked because a code jar was refused", null);
            return;
        }
        if (!pkg.source().hasCode()) {
            diagnostics.info(pkg.source().manifest(), "no code: the package is read for its declarations only; entry point classes are not checked",
                    "give --code JAR, or a " + BGSIM_CODE_FILE + " file next to the manifest naming the jar, to run its tasks");
            return;
        }
        try (PackageClassLoader loader = PackageClassLoader.open(pkg)) {
            new EntryPointVerifier(loader, code.displayNames(), diagnostics).verify(pkg);
        } catch (IOException e) {
            diagnostics.warning(pkg.source().manifest(), "could not close the class loader used for checking: " + e.getMessage(), null);
        }
    }
}

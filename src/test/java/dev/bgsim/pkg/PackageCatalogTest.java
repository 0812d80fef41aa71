package dev.bgsim.pkg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackageCatalogTest {
    @TempDir
    Path dir;

    private BgsimPackage jsonPackage(String folder, String name, String version) throws Exception {
        Path manifest = Files.createDirectories(dir.resolve(folder)).resolve("bgsim-manifest.json");
        Files.writeString(manifest, "{ \"identity\": { \"name\": \"" + name + "\", \"version\": \"" + version + "\" } }");
        return new PackageLoader().load(manifest).orElseThrow();
    }

    @Test
    void secondPackageWithTheSameIdentityNameIsRefusedAndTheFirstStays() throws Exception {
        PackageCatalog catalog = new PackageCatalog();
        BgsimPackage first = jsonPackage("a", "Samples.Same", "1.0.0.0");
        BgsimPackage second = jsonPackage("b", "Samples.Same", "2.0.0.0");
        assertTrue(catalog.add(first).isEmpty());
        Diagnostic refusal = catalog.add(second).orElseThrow();
        assertTrue(refusal.isError());
        assertEquals(second.source().manifest(), refusal.location());
        assertTrue(refusal.message().contains("package \"Samples.Same\" is already loaded from " + first.source().path()
                + " (version 1.0.0.0)"), refusal.message());
        assertTrue(refusal.hint().contains("rename one"));
        assertSame(first, catalog.find("Samples.Same").orElseThrow());
        assertEquals(List.of(first), catalog.all());
    }

    @Test
    void packagesWithDifferentNamesAreKeptInOrder() throws Exception {
        PackageCatalog catalog = new PackageCatalog();
        BgsimPackage a = jsonPackage("a", "A", "1.0.0.0");
        BgsimPackage b = jsonPackage("b", "B", "1.0.0.0");
        catalog.add(b);
        catalog.add(a);
        assertEquals(List.of(b, a), catalog.all());
    }

    @Test
    void replaceSwapsAVersionAndRemoveForgets() throws Exception {
        PackageCatalog catalog = new PackageCatalog();
        BgsimPackage v1 = jsonPackage("a", "A", "1.0.0.0");
        BgsimPackage v2 = jsonPackage("b", "A", "1.1.0.0");
        catalog.add(v1);
        assertSame(v1, catalog.replace(v2));
        assertSame(v2, catalog.find("A").orElseThrow());
        assertSame(v2, catalog.remove("A").orElseThrow());
        assertTrue(catalog.all().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> catalog.replace(v1));
    }
}

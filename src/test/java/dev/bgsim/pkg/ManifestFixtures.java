package dev.bgsim.pkg;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Small helpers for manifest tests: write a manifest text, find a fixture, pick a diagnostic. */
final class ManifestFixtures {
    /** An appx manifest skeleton: {@code %s} is replaced by the Application's Extensions content. Line 6 holds it. */
    static final String APPX_TEMPLATE = """
            <?xml version="1.0" encoding="utf-8"?>
            <Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10" xmlns:uap="http://schemas.microsoft.com/appx/manifest/uap/windows10" xmlns:uap4="http://schemas.microsoft.com/appx/manifest/uap/windows10/4" xmlns:uap5="http://schemas.microsoft.com/appx/manifest/uap/windows10/5" xmlns:desktop="http://schemas.microsoft.com/appx/manifest/desktop/windows10">
              <Identity Name="Fixtures.Appx" Publisher="CN=test" Version="1.0.0.0" />
              <Applications>
                <Application Id="App" EntryPoint="Fixtures.App"><Extensions>
            %s
                </Extensions></Application>
              </Applications>
            </Package>
            """;

    private ManifestFixtures() {
    }

    static Path write(Path dir, String fileName, String text) {
        try {
            return Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** An appx manifest whose Application extensions are {@code extensions} (they start on line 6). */
    static Path appx(Path dir, String extensions) {
        return write(dir, "Package.appxmanifest", APPX_TEMPLATE.formatted(extensions));
    }

    /** A file of src/test/resources/pkg. */
    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ManifestFixtures.class.getResource("/pkg/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The only diagnostic of {@code severity} whose message contains {@code text}. */
    static Diagnostic only(PackageLoadResult result, Severity severity, String text) {
        List<Diagnostic> matching = result.diagnostics().stream()
                .filter(d -> d.severity() == severity && d.message().contains(text)).toList();
        if (matching.size() != 1) {
            fail("expected one " + severity + " containing \"" + text + "\" but got:\n" + describe(result.diagnostics()));
        }
        return matching.get(0);
    }

    static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).reduce("", (a, b) -> a + b + "\n");
    }

    /** Asserts the diagnostic's line and column. */
    static void assertAt(int line, int column, Diagnostic diagnostic) {
        assertEquals(line + ":" + column, diagnostic.location().line() + ":" + diagnostic.location().column(), diagnostic.format());
    }

    static void assertRefused(PackageLoadResult result) {
        assertTrue(!result.isLoaded() && !result.errors().isEmpty(), () -> "expected a refusal but got:\n" + describe(result.diagnostics()));
    }

    static void assertLoaded(PackageLoadResult result) {
        assertTrue(result.isLoaded(), () -> "expected the package to load but got:\n" + describe(result.diagnostics()));
    }
}

package dev.bgsim.checker.docs;

import dev.bgsim.checker.Rule;
import dev.bgsim.checker.RuleCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/checker-rules.md is exactly what the catalogue generates, so it never drifts. */
class RulesPageTest {
    private final String generated = new RulesPage(RuleCatalogue.standard()).render();

    @Test
    void committedPageIsWhatTheCatalogueGenerates() throws IOException {
        if (Boolean.getBoolean("bgsim.docs.write")) {
            Files.writeString(RulesPage.PAGE, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(RulesPage.PAGE), "docs/checker-rules.md is missing; generate it with "
                + "./mvnw -o test -Dtest=RulesPageTest -Dbgsim.docs.write=true");
        assertEquals(generated, Files.readString(RulesPage.PAGE, StandardCharsets.UTF_8),
                "docs/checker-rules.md differs from rules.json; regenerate it with ./mvnw -o test -Dtest=RulesPageTest -Dbgsim.docs.write=true");
    }

    @Test
    void everyRuleHasASectionWithItsQuoteAndBothExamples() {
        for (Rule r : RuleCatalogue.standard().all()) {
            String section = generated.substring(generated.indexOf("\n## " + r.id() + "\n"));
            assertTrue(section.contains("> " + r.guideline().quote()), r.label());
            assertTrue(section.contains(r.bad().get(0)) && section.contains(r.fix().get(0)), r.label());
        }
    }
}

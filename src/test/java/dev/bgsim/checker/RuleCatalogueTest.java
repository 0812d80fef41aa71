package dev.bgsim.checker;

import dev.bgsim.pkg.ManifestRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The catalogue is complete, consistent with the code's ids, and quotes the guidelines word for word. */
class RuleCatalogueTest {
    private final RuleCatalogue catalogue = RuleCatalogue.standard();

    @Test
    void everyIdConstantHasARuleAndEveryRuleAConstant() throws IllegalAccessException {
        Set<String> constants = new java.util.TreeSet<>();
        for (Field f : RuleIds.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                constants.add((String) f.get(null));
            }
        }
        Set<String> ids = catalogue.all().stream().map(Rule::id).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(ids, constants);
    }

    @Test
    void rulesAreFoundByIdOrNameAndAnUnknownOneIsNamedWithTheKnownIds() {
        assertEquals("BG103", catalogue.get("deferral-never-completed").id());
        assertEquals("deferral-never-completed", catalogue.get("BG103").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalogue.get("BG999"));
        assertTrue(e.getMessage().startsWith("no checker rule \"BG999\"; known rules: BG101, BG102"), e.getMessage());
    }

    @Test
    void everyRuleSaysWhyWhatInsteadAndHasExamples() {
        for (Rule r : catalogue.all()) {
            assertFalse(r.title().isBlank() || r.why().isBlank() || r.instead().isBlank(), r.label());
            assertFalse(r.bad().isEmpty() || r.fix().isEmpty(), r.label() + " needs a bad and a fixed example");
            assertTrue(r.guideline().link().startsWith("https://"), r.label());
        }
    }

    @Test
    void idsGroupByTopicAndStayInOrder() {
        List<String> ids = catalogue.all().stream().map(Rule::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void theLoadersExecutableRuleIsTheCataloguesLoadRule() {
        Rule rule = catalogue.get(ManifestRules.EXECUTABLE_RULE_ID);
        assertEquals(RuleIds.EXECUTABLE_WITHOUT_ITS_TRIGGER, rule.id());
        assertEquals(Set.of(CheckKind.LOAD, CheckKind.LIVE), rule.checks(), "the loader checks it; its PackageRead event carries it live");
    }

    @Test
    void everyRuleIsCheckedLiveSoTheGuiAndScenariosCanShowIt() {
        // SPEC 4: every rule runs live on the event stream; a scenario's {"finding": ...} relies on it.
        List<String> notLive = catalogue.all().stream().filter(r -> !r.isCheckedBy(CheckKind.LIVE)).map(Rule::label).toList();
        assertEquals(List.of(), notLive);
    }

    @Test
    void quotesFromTheGuidelinesAreWordForWord() throws IOException {
        Optional<Path> file = guidelinesFile();
        assumeTrue(file.isPresent(), "the shared reference guidelines-for-background-tasks.md is not next to this checkout");
        String text = plain(Files.readString(file.get()));
        for (Rule r : catalogue.all()) {
            if (r.guideline().sourceTitle().equals("Guidelines for background tasks")) {
                assertTrue(text.contains(plain(r.guideline().quote())), r.label() + " quotes text the guidelines do not have: "
                        + r.guideline().quote());
            }
        }
    }

    /** Markdown to the words a reader sees: link targets, bold marks and line breaks gone. */
    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "").replaceAll("\\s+", " ");
    }

    private static Optional<Path> guidelinesFile() {
        String name = "reference/guidelines-for-background-tasks.md";
        return Stream.of(System.getProperty("bgsim.shared.dir"), "../shared", "../../shared", "/work/shared")
                .filter(java.util.Objects::nonNull)
                .map(dir -> Path.of(dir).resolve(name))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    @Test
    void everyCheckKindWordReadsBack() {
        assertEquals(Arrays.asList(CheckKind.values()), Arrays.stream(CheckKind.values()).map(k -> CheckKind.ofWord(k.word())).toList());
    }
}

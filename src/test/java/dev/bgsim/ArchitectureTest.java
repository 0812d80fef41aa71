package dev.bgsim;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layer rules of ARCHITECTURE.md: imports go downward only, and only the GUI knows JavaFX. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.bgsim");
    }

    @Test
    void layersDependOnlyDownward() {
        ArchRule layers = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("sdk").definedBy("dev.bgsim.sdk..")
                .layer("pkg").definedBy("dev.bgsim.pkg..")
                .layer("host").definedBy("dev.bgsim.host..")
                .layer("engine").definedBy("dev.bgsim.engine..")
                .layer("checker").definedBy("dev.bgsim.checker..")
                .layer("scenario").definedBy("dev.bgsim.scenario..")
                .layer("cli").definedBy("dev.bgsim.cli..")
                .layer("ui").definedBy("dev.bgsim.ui..")
                .layer("junit").definedBy("dev.bgsim.junit..")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("junit").mayNotBeAccessedByAnyLayer()
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("cli", "ui", "junit")
                .whereLayer("checker").mayOnlyBeAccessedByLayers("scenario", "cli", "ui", "junit")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("checker", "scenario", "cli", "ui", "junit")
                .whereLayer("host").mayOnlyBeAccessedByLayers("engine", "checker", "scenario", "cli", "ui", "junit")
                .whereLayer("pkg").mayOnlyBeAccessedByLayers("host", "engine", "checker", "scenario", "cli", "ui", "junit");
        layers.check(main);
    }

    @Test
    void sdkDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("dev.bgsim.sdk..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.bgsim.sdk..", "java..")
                .because("task code compiles against the SDK jar and nothing else (SPEC 1)")
                .check(main);
    }

    @Test
    void onlyTheGuiKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.bgsim.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("the engine is a library; subcommands run headless without initialising JavaFX")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void noGlobalMutableState() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("dev.bgsim..")
                .and().areStatic()
                .should().haveModifier(JavaModifier.FINAL)
                .because("a static field is a constant or a bug (STYLE.md, habit 9)")
                .allowEmptyShould(true)
                .check(main);
    }
}

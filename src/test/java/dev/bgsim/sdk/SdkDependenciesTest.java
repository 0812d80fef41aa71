package dev.bgsim.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The SDK is what task authors compile against alone: JDK only, no simulator internals, no global state. */
class SdkDependenciesTest {

    private final JavaClasses sdk = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bgsim.sdk");

    @Test
    void sdkDependsOnTheJdkAlone() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.bgsim.sdk..")
                .check(sdk);
    }

    @Test
    void sdkHasNoStaticMutableFields() {
        fields().that().areStatic().should().beFinal().check(sdk);
    }
}

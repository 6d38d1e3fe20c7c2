package dev.goofer.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module and package rules of goofer-core (CONVENTIONS.md section A).
 */
class CoreArchitectureTests {

    private static final JavaClasses CORE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.goofer");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.goofer.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void runtimeDoesNotDependOnTheParserTheGeneratorOrSpringBoot() {
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.antlr..", "com.palantir.javapoet..", "org.springframework.boot..",
                    "dev.goofer.schema..", "dev.goofer.codegen..")
            .check(CORE);
    }

    @Test
    void metadataAndQueryAstDependOnNothingElseOfGoofer() {
        noClasses().that()
            .resideInAnyPackage("dev.goofer.metadata..", "dev.goofer.query..", "dev.goofer.types..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.goofer.client..", "dev.goofer.execution..", "dev.goofer.sql..",
                    "dev.goofer.internal..")
            .check(CORE);
    }

    @Test
    void internalIsOnlyUsedByGoofer() {
        classes().that()
            .resideInAPackage("dev.goofer.internal..")
            .should()
            .onlyBeAccessed()
            .byAnyPackage("dev.goofer..")
            .check(CORE);
    }

}

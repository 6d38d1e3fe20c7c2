package dev.goofer.codegen.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the generator (CONVENTIONS.md section A): model, then naming, then
 * emit, behind the {@code ClientGenerator} facade.
 */
class CodegenArchitectureTests {

    private static final JavaClasses CODEGEN = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.goofer.codegen");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.goofer.codegen.(*)..").should().beFreeOfCycles().check(CODEGEN);
    }

    @Test
    void namingDependsOnNoOtherGeneratorPackage() {
        noClasses().that()
            .resideInAPackage("dev.goofer.codegen.naming..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.goofer.codegen.model..", "dev.goofer.codegen.emit..", "com.palantir.javapoet..")
            .check(CODEGEN);
    }

    @Test
    void descriptorsDoNotDependOnEmitters() {
        noClasses().that()
            .resideInAPackage("dev.goofer.codegen.model..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.goofer.codegen.emit..")
            .check(CODEGEN);
    }

    @Test
    void layersDoNotDependOnTheFacade() {
        noClasses().that()
            .resideInAnyPackage("dev.goofer.codegen.naming..", "dev.goofer.codegen.model..",
                    "dev.goofer.codegen.emit..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.goofer.codegen")
            .check(CODEGEN);
    }

    @Test
    void theGeneratorUsesOnlyTheRuntimeMetadataOfGooferCore() {
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.goofer.client..", "dev.goofer.execution..", "dev.goofer.internal..",
                    "dev.goofer.query..", "dev.goofer.sql..")
            .check(CODEGEN);
    }

}

package dev.goofer.schema;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The schema front end's layering: no package cycles, no dependency on the generator or
 * the runtime, and ANTLR only behind the parser package.
 */
@AnalyzeClasses(packages = "dev.goofer",
        importOptions = { ImportOption.DoNotIncludeTests.class, ArchitectureTest.CodegenModuleOnly.class })
class ArchitectureTest {

    @ArchTest
    static void schemaPackagesHaveNoCycles(JavaClasses classes) {
        slices().matching("dev.goofer.schema.(**)").should().beFreeOfCycles().check(classes);
    }

    @ArchTest
    static void subpackagesDoNotDependOnTheFacade(JavaClasses classes) {
        noClasses().that()
            .resideInAnyPackage("dev.goofer.schema.ast..", "dev.goofer.schema.diagnostics..",
                    "dev.goofer.schema.parser..", "dev.goofer.schema.semantic..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.goofer.schema")
            .check(classes);
    }

    @ArchTest
    static void schemaDoesNotDependOnTheGeneratorOrTheRuntime(JavaClasses classes) {
        noClasses().that()
            .resideInAPackage("dev.goofer.schema..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.goofer.codegen..", "dev.goofer.metadata..", "dev.goofer.query..",
                    "dev.goofer.sql..", "dev.goofer.execution..", "dev.goofer.types..", "dev.goofer.internal..")
            .check(classes);
    }

    @ArchTest
    static void onlyTheParserPackageTouchesAntlr(JavaClasses classes) {
        noClasses().that()
            .resideOutsideOfPackage("dev.goofer.schema.parser..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.antlr..")
            .check(classes);
    }

    /**
     * Imports only the classes of this module, not those of the modules it depends on.
     */
    static final class CodegenModuleOnly implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return location.contains("goofer-codegen");
        }

    }

}

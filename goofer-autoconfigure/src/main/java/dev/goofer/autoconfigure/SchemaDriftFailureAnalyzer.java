package dev.goofer.autoconfigure;

import dev.goofer.ddl.SchemaDriftException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a database that does not match the schema when
 * {@code goofer.schema.mode=validate}, with the full report of the differences.
 */
class SchemaDriftFailureAnalyzer extends AbstractFailureAnalyzer<SchemaDriftException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemaDriftException cause) {
        String description = "goofer.schema.mode is validate and the database does not match "
                + "src/main/prisma/schema.prisma.\n\n" + cause.result().report();
        String action = "Bring the database up to date with a migration (mvn goofer:migrate-diff writes one from "
                + "the differences above; Flyway applies it), or, on a development database, set "
                + "goofer.schema.mode=push or run mvn goofer:db-push.";
        return new FailureAnalysis(description, action, cause);
    }

}

package dev.goofer.autoconfigure;

import dev.goofer.ddl.DataLossException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a schema push refused at startup ({@code goofer.schema.mode=push}) because it
 * would lose data.
 */
class DataLossFailureAnalyzer extends AbstractFailureAnalyzer<DataLossException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataLossException cause) {
        String description = "goofer.schema.mode is push, and pushing the schema would lose data, so Goofer "
                + "changed nothing.\n\n" + cause.getMessage();
        String action = "Goofer never loses data at startup. Change the schema so that the push keeps the data "
                + "(for example give a new required field a @default), write a migration (mvn goofer:migrate-diff), "
                + "or, once the data is backed up or expendable, run mvn goofer:db-push -Dgoofer.acceptDataLoss=true.";
        return new FailureAnalysis(description, action, cause);
    }

}

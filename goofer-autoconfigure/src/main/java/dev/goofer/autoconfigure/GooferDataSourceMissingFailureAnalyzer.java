package dev.goofer.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a generated client without a database to run on.
 */
class GooferDataSourceMissingFailureAnalyzer extends AbstractFailureAnalyzer<GooferDataSourceMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GooferDataSourceMissingException cause) {
        String description = cause.getMessage();
        String action = (cause.getDataSources() == 0)
                ? "Configure a database for Goofer: set spring.datasource.url (for example "
                        + "jdbc:sqlite:app.db, with the org.xerial:sqlite-jdbc driver on the class path), or list "
                        + "shards under goofer.shards.<name>.url, or define a QueryExecutor bean."
                : "Mark the DataSource Goofer should use @Primary, or define a JdbcQueryExecutor bean over it.";
        return new FailureAnalysis(description, action, cause);
    }

}

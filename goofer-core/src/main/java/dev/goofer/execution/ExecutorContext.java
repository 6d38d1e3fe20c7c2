package dev.goofer.execution;

import javax.sql.DataSource;

import dev.goofer.metadata.SchemaMeta;
import dev.goofer.sql.Dialect;
import dev.goofer.sql.SqlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * What every part of the JDBC executor shares.
 *
 * @param dataSource the data source
 * @param schema the schema
 * @param renderer the SQL renderer
 * @param listener the statement listener, or {@code null}
 * @param errors the error translator
 * @param cache the rendered SQL cache
 * @param statements the prepared statements kept per connection, or {@code null} when the
 * driver keeps its own
 */
record ExecutorContext(DataSource dataSource, SchemaMeta schema, SqlRenderer renderer,
        @Nullable StatementListener listener, ErrorTranslator errors, SqlCache cache,
        @Nullable StatementCache statements) {

    Dialect dialect() {
        return this.renderer.dialect();
    }

}

package dev.goofer.ddl.render;

import java.util.List;

import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.diff.SchemaChange;

/**
 * Renders schema changes as SQL statements of one dialect.
 */
public sealed interface DdlRenderer permits PostgresDdlRenderer, MySqlDdlRenderer, SqliteDdlRenderer {

    /**
     * Render one change.
     * @param change the change
     * @return the statements, without trailing semicolons
     */
    List<String> render(SchemaChange change);

    /**
     * Return the renderer of a dialect.
     * @param dialect the dialect
     * @return the renderer
     */
    static DdlRenderer of(DialectKind dialect) {
        return switch (dialect) {
            case POSTGRESQL -> new PostgresDdlRenderer();
            case MYSQL -> new MySqlDdlRenderer();
            case SQLITE -> new SqliteDdlRenderer();
        };
    }

}

package dev.goofer.sql;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * Builds one statement: SQL text, bound values and fresh table aliases.
 */
final class SqlWriter {

    final Dialect dialect;

    final StringBuilder sql = new StringBuilder(160);

    final List<Object> parameters = new ArrayList<>();

    private final int[] aliases;

    SqlWriter(Dialect dialect) {
        this.dialect = dialect;
        this.aliases = new int[1];
    }

    /** Create a writer for a fragment that shares the aliases of {@code parent}. */
    SqlWriter(SqlWriter parent) {
        this.dialect = parent.dialect;
        this.aliases = parent.aliases;
    }

    SqlWriter append(String text) {
        this.sql.append(text);
        return this;
    }

    SqlWriter append(char c) {
        this.sql.append(c);
        return this;
    }

    /** Append a placeholder for an already converted value. */
    SqlWriter parameter(@Nullable Object value) {
        this.sql.append('?');
        this.parameters.add(value);
        return this;
    }

    /** Append a placeholder for a Java value of a field. */
    SqlWriter value(ScalarFieldMeta field, @Nullable Object value) {
        return parameter(this.dialect.toParameter(field, value));
    }

    String quote(String identifier) {
        return this.dialect.quote(identifier);
    }

    String table(ModelMeta model) {
        return this.dialect.table(model.tableName(), model.schema());
    }

    /** Return a new table alias, quoted. */
    String alias() {
        return this.dialect.quote("t" + (++this.aliases[0]));
    }

    /** Append the text and parameters of a fragment. */
    SqlWriter append(SqlWriter fragment) {
        this.sql.append(fragment.sql);
        this.parameters.addAll(fragment.parameters);
        return this;
    }

    BoundSql build() {
        return new BoundSql(this.sql.toString(), this.parameters);
    }

}

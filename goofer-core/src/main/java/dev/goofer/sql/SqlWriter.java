package dev.goofer.sql;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Filter;
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
        Slot slot = Slot.of(value);
        this.sql.append('?');
        this.parameters.add((slot != null) ? new Deferred(slot.index(), null, Deferred.Kind.VALUE, null) : value);
        return this;
    }

    /** Append a placeholder for a Java value of a field. */
    SqlWriter value(ScalarFieldMeta field, @Nullable Object value) {
        Slot slot = Slot.of(value);
        if (slot != null) {
            this.sql.append('?');
            this.parameters.add(new Deferred(slot.index(), field, Deferred.Kind.VALUE, null));
            return this;
        }
        return parameter(this.dialect.toParameter(field, value));
    }

    /**
     * Append a placeholder for the {@code LIKE} or {@code GLOB} pattern of a text match.
     */
    SqlWriter pattern(Filter.TextOperator operator, Object value, boolean glob) {
        Slot slot = Slot.of(value);
        if (slot != null) {
            this.sql.append('?');
            this.parameters
                .add(new Deferred(slot.index(), null, glob ? Deferred.Kind.GLOB : Deferred.Kind.LIKE, operator));
            return this;
        }
        String text = value.toString();
        return parameter(
                glob ? FilterRenderer.globPattern(operator, text) : FilterRenderer.likePattern(operator, text));
    }

    /** Append a placeholder for the JSON text of a value. */
    SqlWriter json(Object value) {
        Slot slot = Slot.of(value);
        if (slot != null) {
            this.sql.append('?');
            this.parameters.add(new Deferred(slot.index(), null, Deferred.Kind.JSON, null));
            return this;
        }
        return parameter(JsonFilterRenderer.jsonText(value));
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

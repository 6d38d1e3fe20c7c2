package dev.goofer.execution;

import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;
import dev.goofer.sql.BoundSql;
import dev.goofer.sql.Dialect;
import dev.goofer.sql.SqliteDialect;
import dev.goofer.types.Bytes;
import dev.goofer.types.DatabaseEnum;
import dev.goofer.types.Json;
import org.jspecify.annotations.Nullable;

/**
 * Runs raw SQL with bound parameters: rows as column-label maps, or as records of a model
 * with columns matched by column name.
 */
final class RawRunner {

    List<Object> query(Session session, Operation.RawQuery raw) {
        BoundSql sql = new BoundSql(raw.sql(), parameters(session.dialect(), raw.parameters()));
        ModelMeta model = raw.resultModel();
        Dialect dialect = session.dialect();
        return session.query(model, sql, (resultSet) -> {
            ResultSetMetaData metaData = resultSet.getMetaData();
            if (model == null) {
                Map<String, @Nullable Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= metaData.getColumnCount(); i++) {
                    row.put(metaData.getColumnLabel(i), resultSet.getObject(i));
                }
                return row;
            }
            Object[] values = new Object[model.fields().size()];
            boolean[] loaded = new boolean[values.length];
            for (int i = 1; i <= metaData.getColumnCount(); i++) {
                ScalarFieldMeta field = field(model, metaData.getColumnLabel(i));
                if (field != null) {
                    int position = model.position(field.name());
                    values[position] = dialect.read(resultSet, i, field);
                    loaded[position] = true;
                }
            }
            return new Row(model, values, loaded, null);
        });
    }

    long execute(Session session, Operation.RawExecute raw) {
        return session.update(null, new BoundSql(raw.sql(), parameters(session.dialect(), raw.parameters())));
    }

    private static @Nullable ScalarFieldMeta field(ModelMeta model, String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        for (FieldMeta field : model.fields()) {
            if (field instanceof ScalarFieldMeta scalar && (scalar.columnName().toLowerCase(Locale.ROOT).equals(lower)
                    || scalar.name().toLowerCase(Locale.ROOT).equals(lower))) {
                return scalar;
            }
        }
        return null;
    }

    private static List<Object> parameters(Dialect dialect, List<Object> values) {
        List<Object> parameters = new ArrayList<>(values.size());
        for (Object value : values) {
            parameters.add(parameter(dialect, value));
        }
        return parameters;
    }

    private static @Nullable Object parameter(Dialect dialect, @Nullable Object value) {
        if (value instanceof DatabaseEnum databaseEnum) {
            return databaseEnum.databaseValue();
        }
        if (value instanceof Json json) {
            return json.text();
        }
        if (value instanceof Bytes bytes) {
            return bytes.toByteArray();
        }
        if (value instanceof Instant instant) {
            return (dialect instanceof SqliteDialect) ? instant.toEpochMilli()
                    : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        return value;
    }

}

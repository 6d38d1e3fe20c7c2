package dev.goofer.execution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.query.CreateData;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.UpdateData;
import dev.goofer.sql.BoundSql;
import dev.goofer.sql.Dialect;
import dev.goofer.sql.MySqlDialect;
import dev.goofer.sql.SqliteDialect;
import org.jspecify.annotations.Nullable;

/**
 * Inserts, updates and deletes records with their nested writes. Callers run it inside a
 * transaction, so that a failure anywhere leaves nothing behind.
 */
final class RecordWriter {

    /** MySQL's default {@code max_error_count}: how many warnings a statement reports. */
    private static final int MYSQL_WARNINGS = 64;

    private final ExecutorContext context;

    private final Records records;

    private final NestedWriter nested;

    private final ReferentialActions referentialActions;

    RecordWriter(ExecutorContext context, Records records) {
        this.context = context;
        this.records = records;
        this.referentialActions = new ReferentialActions(context);
        this.nested = new NestedWriter(context, records, this);
    }

    /**
     * Insert one record with its nested writes and return its known scalar values, the
     * identifying fields included.
     * @param linked foreign-key values supplied by the parent of a nested create
     */
    Map<String, @Nullable Object> insert(Session session, ModelMeta model, CreateData data,
            Map<String, @Nullable Object> linked) {
        return insert(session, model, data, linked, List.of()).values();
    }

    /**
     * Insert one record with its nested writes, also returning the values the database
     * stored in the given columns ({@code INSERT ... RETURNING}; callers check that the
     * dialect supports it when asking for columns).
     * @param linked foreign-key values supplied by the parent of a nested create
     * @param returning the columns to return as stored, in order
     */
    Inserted insert(Session session, ModelMeta model, CreateData data, Map<String, @Nullable Object> linked,
            List<ScalarFieldMeta> returning) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (FieldValue value : data.values()) {
            values.put(value.field().name(), value.value());
        }
        values.putAll(linked);
        for (NestedWrite write : data.relations()) {
            if (write.relation().kind() == RelationKind.FORWARD) {
                values.putAll(this.nested.resolveForward(session, model, write));
            }
        }
        applyDefaults(model, values, this.context.dialect());
        checkRequiredRelations(model, values, data);
        List<@Nullable Object> stored = insertRow(session, model, values, returning);
        for (NestedWrite write : data.relations()) {
            if (write.relation().kind() != RelationKind.FORWARD) {
                this.nested.afterCreate(session, model, values, write);
            }
        }
        return new Inserted(values, stored);
    }

    /**
     * Insert one row, put its generated keys into {@code values} and return the values
     * stored in the {@code returning} columns.
     */
    private List<@Nullable Object> insertRow(Session session, ModelMeta model, Map<String, @Nullable Object> values,
            List<ScalarFieldMeta> returning) {
        List<ScalarFieldMeta> columns = new ArrayList<>();
        List<@Nullable Object> parameters = new ArrayList<>();
        for (ScalarFieldMeta field : model.scalarFields()) {
            if (values.containsKey(field.name())) {
                columns.add(field);
                parameters.add(session.dialect().toParameter(field, values.get(field.name())));
            }
        }
        List<ScalarFieldMeta> generated = new ArrayList<>();
        for (String name : model.identifyingFields()) {
            if (!values.containsKey(name)) {
                generated.add(model.scalarField(name));
            }
        }
        // The generated keys come with the returned columns, once.
        List<ScalarFieldMeta> asked = generated;
        if (!returning.isEmpty()) {
            asked = new ArrayList<>(returning);
            for (ScalarFieldMeta field : generated) {
                if (!asked.contains(field)) {
                    asked.add(field);
                }
            }
        }
        String sql = insertSql(model, columns, asked);
        List<@Nullable Object> returned = session.insert(model, new BoundSql(sql, parameters), asked);
        if (!asked.isEmpty() && returned.size() != asked.size()) {
            throw new IllegalStateException(
                    "The database returned no " + (returning.isEmpty() ? "generated key" : "row") + " for "
                            + model.name() + " " + asked.stream().map(ScalarFieldMeta::name).toList());
        }
        for (ScalarFieldMeta field : generated) {
            values.put(field.name(), coerce(field, returned.get(asked.indexOf(field))));
        }
        return returned.subList(0, returning.size());
    }

    private String insertSql(ModelMeta model, List<ScalarFieldMeta> columns, List<ScalarFieldMeta> returned) {
        record Key(ModelMeta model, List<ScalarFieldMeta> columns, List<ScalarFieldMeta> returned) {
        }
        return this.context.cache().get(new Key(model, columns, returned), (key) -> {
            String sql = this.context.renderer().insert(model, columns, false);
            if (!returned.isEmpty()) {
                List<String> names = new ArrayList<>();
                returned.forEach((field) -> names.add(this.context.dialect().quote(field.columnName())));
                sql += this.context.dialect().returning(names);
            }
            return sql;
        });
    }

    static @Nullable Object coerce(ScalarFieldMeta field, @Nullable Object value) {
        if (!(value instanceof Number number)) {
            return value;
        }
        if (field.type() == ScalarType.INT) {
            return number.intValue();
        }
        if (field.type() == ScalarType.BIGINT) {
            return number.longValue();
        }
        if (field.type() == ScalarType.DECIMAL && !(number instanceof BigDecimal)) {
            return (number instanceof BigInteger integer) ? new BigDecimal(integer) : new BigDecimal(number.toString());
        }
        return value;
    }

    static void applyDefaults(ModelMeta model, Map<String, @Nullable Object> values, Dialect dialect) {
        Instant now = null;
        for (ScalarFieldMeta field : model.scalarFields()) {
            if (values.containsKey(field.name())) {
                continue;
            }
            DefaultValue defaultValue = field.defaultValue();
            if (defaultValue != null && defaultValue.isClientGenerated()) {
                values.put(field.name(), IdGenerators.generate(defaultValue));
            }
            else if (field.updatedAt() || (defaultValue instanceof DefaultValue.Now && nowFromClient(dialect))) {
                now = (now != null) ? now : Instant.now().truncatedTo(ChronoUnit.MILLIS);
                values.put(field.name(), now);
            }
        }
    }

    // SQLite's CURRENT_TIMESTAMP is text without milliseconds, while DateTime values are
    // stored and bound as epoch milliseconds (as Prisma does): a database-filled now()
    // would neither compare with bound values nor keep milliseconds. Prisma's engine
    // fills now() itself on every database; here only where the database cannot.
    private static boolean nowFromClient(Dialect dialect) {
        return dialect instanceof SqliteDialect;
    }

    private void checkRequiredRelations(ModelMeta model, Map<String, @Nullable Object> values, CreateData data) {
        List<String> missing = new ArrayList<>();
        for (String name : CreateManyShape.requiredForeignKeys(model)) {
            if (values.get(name) == null) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw CreateManyShape.missingForeignKeys(model.name(), missing);
        }
    }

    /**
     * Update one record with its nested writes and return its scalar values afterwards
     * (the identifying fields at least).
     */
    Map<String, @Nullable Object> update(Session session, ModelMeta model, Map<String, @Nullable Object> current,
            UpdateData data) {
        Map<String, FieldUpdate> updates = new LinkedHashMap<>();
        for (FieldUpdate update : data.updates()) {
            updates.put(update.field().name(), update);
        }
        for (NestedWrite write : data.relations()) {
            if (write.relation().kind() == RelationKind.FORWARD) {
                this.nested.beforeUpdate(session, model, current, write, updates);
            }
        }
        addUpdatedAt(model, updates);
        Map<String, @Nullable Object> after = new LinkedHashMap<>(current);
        if (!updates.isEmpty()) {
            List<FieldUpdate> list = new ArrayList<>(updates.values());
            session.update(model, this.context.renderer().update(model, Records.keyFilter(model, current), list));
            boolean exact = true;
            for (FieldUpdate update : list) {
                if (update.operation() == FieldUpdate.Operation.SET) {
                    after.put(update.field().name(), update.value());
                }
                else {
                    after.remove(update.field().name());
                    exact = false;
                }
            }
            if (!exact) {
                after = this.records.require(session, model, Records.keyFilter(model, after), "updated record");
            }
        }
        for (NestedWrite write : data.relations()) {
            if (write.relation().kind() != RelationKind.FORWARD) {
                this.nested.afterUpdate(session, model, after, write);
            }
        }
        return after;
    }

    private static void addUpdatedAt(ModelMeta model, Map<String, FieldUpdate> updates) {
        Instant now = null;
        for (ScalarFieldMeta field : model.scalarFields()) {
            if (field.updatedAt() && !updates.containsKey(field.name())) {
                now = (now != null) ? now : Instant.now().truncatedTo(ChronoUnit.MILLIS);
                updates.put(field.name(), new FieldUpdate(field, FieldUpdate.Operation.SET, now));
            }
        }
    }

    long createMany(Session session, ModelMeta model, List<CreateData> data, boolean skipDuplicates,
            Map<String, @Nullable Object> linked) {
        // Rows are batched by the columns they set; records mostly share one shape.
        Map<List<ScalarFieldMeta>, List<List<@Nullable Object>>> batches = new LinkedHashMap<>();
        CreateManyShape shape = null;
        List<List<@Nullable Object>> batch = null;
        for (CreateData record : data) {
            if (!record.relations().isEmpty()) {
                throw new IllegalArgumentException("createMany does not accept nested writes (" + model.name() + ")");
            }
            if (shape == null || !shape.matches(record)) {
                shape = CreateManyShape.of(model, record, linked, nowFromClient(session.dialect()));
                batch = batches.computeIfAbsent(shape.columns(), (key) -> new ArrayList<>());
            }
            batch.add(shape.row(record, linked, session.dialect()));
        }
        long count = 0;
        for (Map.Entry<List<ScalarFieldMeta>, List<List<@Nullable Object>>> columns : batches.entrySet()) {
            List<List<@Nullable Object>> rows = columns.getValue();
            if (skipDuplicates && session.dialect() instanceof MySqlDialect) {
                count += insertRows(session, model, columns.getKey(), rows);
                continue;
            }
            String sql = this.context.renderer().insert(model, columns.getKey(), skipDuplicates);
            for (int start = 0; start < rows.size(); start += RecordReader.CHUNK) {
                count += session.batch(model, sql,
                        rows.subList(start, Math.min(rows.size(), start + RecordReader.CHUNK)));
            }
        }
        return count;
    }

    /**
     * Insert rows with multi-row {@code INSERT IGNORE}s, whose update count (unlike a
     * JDBC batch's on MariaDB) tells how many rows were skipped.
     */
    private long insertRows(Session session, ModelMeta model, List<ScalarFieldMeta> columns,
            List<List<@Nullable Object>> rows) {
        int perStatement = Math.max(1, Math.min(MYSQL_WARNINGS, 30_000 / Math.max(1, columns.size())));
        long count = 0;
        for (int start = 0; start < rows.size(); start += perStatement) {
            List<List<@Nullable Object>> chunk = rows.subList(start, Math.min(rows.size(), start + perStatement));
            List<@Nullable Object> parameters = new ArrayList<>();
            chunk.forEach(parameters::addAll);
            String sql = this.context.renderer().insertRows(model, columns, chunk.size(), true);
            count += session.insertIgnore(model, new BoundSql(sql, parameters), chunk.size());
        }
        return count;
    }

    long updateMany(Session session, ModelMeta model, Filter where, UpdateData data) {
        if (!data.relations().isEmpty()) {
            throw new IllegalArgumentException("updateMany does not accept nested writes (" + model.name() + ")");
        }
        Map<String, FieldUpdate> updates = new LinkedHashMap<>();
        data.updates().forEach((update) -> updates.put(update.field().name(), update));
        if (updates.isEmpty()) {
            return session.query(model, this.context.renderer()
                .aggregate(
                        new dev.goofer.sql.SelectSpec(model, where, List.of(), null, null, null, List.of(), List.of(),
                                null),
                        List.of(new dev.goofer.query.Aggregation(dev.goofer.query.Aggregation.Function.COUNT, null))),
                    (resultSet) -> resultSet.getLong(1))
                .get(0);
        }
        addUpdatedAt(model, updates);
        return session.update(model, this.context.renderer().update(model, where, new ArrayList<>(updates.values())));
    }

    long deleteMany(Session session, ModelMeta model, Filter where) {
        this.referentialActions.beforeDelete(session, model, where);
        return session.update(model, this.context.renderer().delete(model, where));
    }

    /**
     * An inserted record.
     *
     * @param values its known scalar values, the identifying fields included
     * @param returned the values stored in the columns asked to be returned, in order
     */
    record Inserted(Map<String, @Nullable Object> values, List<@Nullable Object> returned) {
    }

}

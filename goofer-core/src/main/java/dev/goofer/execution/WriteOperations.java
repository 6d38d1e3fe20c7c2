package dev.goofer.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.PrimaryKey;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.UniqueConstraint;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.FieldValue;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import dev.goofer.query.Projection;
import dev.goofer.query.Row;
import dev.goofer.query.UniqueWhere;
import dev.goofer.sql.DialectCapability;
import org.jspecify.annotations.Nullable;

/**
 * The write operations, each run by the executor inside one transaction.
 */
final class WriteOperations {

    private final ExecutorContext context;

    private final RecordReader reader;

    private final Records records;

    private final RecordWriter writer;

    private final RawRunner raw = new RawRunner();

    WriteOperations(ExecutorContext context, RecordReader reader) {
        this.context = context;
        this.reader = reader;
        this.records = new Records(context);
        this.writer = new RecordWriter(context, this.records);
    }

    Object write(Session session, Operation<?> operation) {
        if (operation instanceof Operation.Create create) {
            return create(session, create);
        }
        if (operation instanceof Operation.Update update) {
            Map<String, @Nullable Object> current = this.records.require(session, update.model(),
                    update.where().toFilter(), "no record with " + Records.describe(update.where()));
            Map<String, @Nullable Object> after = this.writer.update(session, update.model(), current, update.data());
            return readBack(session, update.model(), Records.keyFilter(update.model(), after), update.projection());
        }
        if (operation instanceof Operation.Upsert upsert) {
            return upsert(session, upsert);
        }
        if (operation instanceof Operation.Delete delete) {
            return delete(session, delete);
        }
        if (operation instanceof Operation.CreateMany createMany) {
            return this.writer.createMany(session, createMany.model(), createMany.data(), createMany.skipDuplicates(),
                    Map.of());
        }
        if (operation instanceof Operation.UpdateMany updateMany) {
            return this.writer.updateMany(session, updateMany.model(), updateMany.where(), updateMany.data());
        }
        if (operation instanceof Operation.DeleteMany deleteMany) {
            return this.writer.deleteMany(session, deleteMany.model(), deleteMany.where());
        }
        if (operation instanceof Operation.RawExecute rawExecute) {
            return this.raw.execute(session, rawExecute);
        }
        throw new IllegalStateException("Unhandled write operation " + operation.name());
    }

    /**
     * Insert a record and return it. When the result is the record's own scalars only,
     * the insert returns them ({@code RETURNING}) instead of a read after the nested
     * writes: those write related rows (through their foreign keys or join tables) and
     * never the created row, so the values stored by the insert are its values after them
     * too.
     */
    private Row create(Session session, Operation.Create create) {
        ModelMeta model = create.model();
        Projection projection = create.projection();
        if (!this.context.dialect().supports(DialectCapability.INSERT_RETURNING) || !projection.includes().isEmpty()
                || !projection.counts().isEmpty()) {
            Map<String, @Nullable Object> values = this.writer.insert(session, model, create.data(), Map.of());
            return readBack(session, model, Records.keyFilter(model, values), projection);
        }
        ReadPlan plan = ReadPlan.of(model, projection, List.of());
        RecordWriter.Inserted inserted = this.writer.insert(session, model, create.data(), Map.of(), plan.columns());
        RowBuilder row = new RowBuilder(model);
        int[] positions = plan.positions();
        for (int i = 0; i < positions.length; i++) {
            row.values[positions[i]] = inserted.returned().get(i);
            row.loaded[positions[i]] = i < plan.visible();
        }
        return row.build();
    }

    private Row readBack(Session session, ModelMeta model, Filter key, Projection projection) {
        List<Row> rows = this.reader.read(session, model, FindArgs.ALL.withWhere(key), projection);
        if (rows.isEmpty()) {
            throw new RecordNotFoundException(model.name(), session.operation(), "the written record is not visible");
        }
        return rows.get(0);
    }

    private Row delete(Session session, Operation.Delete delete) {
        ModelMeta model = delete.model();
        Filter where = delete.where().toFilter();
        List<Row> rows = this.reader.read(session, model, FindArgs.ALL.withWhere(where).withTake(1),
                delete.projection());
        if (rows.isEmpty()) {
            throw new RecordNotFoundException(model.name(), "delete",
                    "no record with " + Records.describe(delete.where()));
        }
        long deleted = this.writer.deleteMany(session, model, where);
        if (deleted == 0) {
            throw new RecordNotFoundException(model.name(), "delete",
                    "no record with " + Records.describe(delete.where()));
        }
        return rows.get(0);
    }

    private Row upsert(Session session, Operation.Upsert upsert) {
        ModelMeta model = upsert.model();
        List<ScalarFieldMeta> conflict = nativeConflict(upsert);
        if (conflict != null) {
            Map<String, @Nullable Object> values = new LinkedHashMap<>();
            upsert.create().values().forEach((value) -> values.put(value.field().name(), value.value()));
            RecordWriter.applyDefaults(model, values, this.context.dialect());
            List<FieldValue> inserted = new ArrayList<>();
            for (ScalarFieldMeta field : model.scalarFields()) {
                if (values.containsKey(field.name())) {
                    inserted.add(new FieldValue(field, values.get(field.name())));
                }
            }
            List<FieldUpdate> updates = new ArrayList<>(upsert.update().updates());
            for (ScalarFieldMeta field : model.scalarFields()) {
                boolean set = updates.stream().anyMatch((update) -> update.field().equals(field));
                if (field.updatedAt() && !set) {
                    updates.add(new FieldUpdate(field, FieldUpdate.Operation.SET, values.get(field.name())));
                }
            }
            session.update(model, this.context.renderer().upsert(model, inserted, conflict, updates));
            return readBack(session, model, upsert.where().toFilter(), upsert.projection());
        }
        Map<String, @Nullable Object> current = this.records.find(session, model, upsert.where().toFilter());
        Map<String, @Nullable Object> after = (current != null)
                ? this.writer.update(session, model, current, upsert.update())
                : this.writer.insert(session, model, upsert.create(), Map.of());
        return readBack(session, model, Records.keyFilter(model, after), upsert.projection());
    }

    /**
     * Return the unique fields to upsert on natively, as Prisma does when the selector is
     * one unique constraint whose values the create data repeats, no nested writes are
     * involved and the update leaves the selector's fields alone; else {@code null}.
     */
    private @Nullable List<ScalarFieldMeta> nativeConflict(Operation.Upsert upsert) {
        UniqueWhere where = upsert.where();
        if (!this.context.dialect().supports(DialectCapability.NATIVE_UPSERT) || !hasNoCondition(where)
                || !upsert.create().relations().isEmpty() || !upsert.update().relations().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<ScalarFieldMeta> fields = new ArrayList<>();
        for (FieldValue value : where.values()) {
            names.add(value.field().name());
            fields.add(value.field());
            FieldValue created = upsert.create()
                .values()
                .stream()
                .filter((candidate) -> candidate.field().name().equals(value.field().name()))
                .findFirst()
                .orElse(null);
            if (created == null || !Objects.equals(created.value(), value.value())) {
                return null;
            }
        }
        for (FieldUpdate update : upsert.update().updates()) {
            if (names.contains(update.field().name())) {
                return null;
            }
        }
        return isUnique(upsert.model(), names) ? fields : null;
    }

    private static boolean isUnique(ModelMeta model, List<String> names) {
        PrimaryKey key = model.primaryKey();
        if (key != null && key.fieldNames().equals(names)) {
            return true;
        }
        for (UniqueConstraint unique : model.uniques()) {
            if (unique.fieldNames().equals(names)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNoCondition(UniqueWhere where) {
        return where.filter() instanceof Filter.And and && and.filters().isEmpty();
    }

}

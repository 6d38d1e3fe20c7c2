package dev.goofer.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.Filter;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.UniqueWhere;
import dev.goofer.sql.BoundSql;
import org.jspecify.annotations.Nullable;

/**
 * Nested writes through a relation of a record being created or updated. Writes through a
 * relation whose foreign key the record holds ({@code FORWARD}) run before the record's
 * own statement and yield foreign-key values; the others run after it.
 */
final class NestedWriter {

    private final ExecutorContext context;

    private final Records records;

    private final RecordWriter writer;

    private final BackWrites back;

    NestedWriter(ExecutorContext context, Records records, RecordWriter writer) {
        this.context = context;
        this.records = records;
        this.writer = writer;
        this.back = new BackWrites(context, records, writer, this);
    }

    /**
     * Run a create-time write through a {@code FORWARD} relation; return the foreign key.
     */
    Map<String, @Nullable Object> resolveForward(Session session, ModelMeta model, NestedWrite write) {
        RelationFieldMeta relation = write.relation();
        ModelMeta target = this.context.schema().target(relation);
        Map<String, @Nullable Object> related;
        if (write instanceof NestedWrite.Create create) {
            related = this.writer.insert(session, target, single(create.data(), relation), Map.of());
        }
        else if (write instanceof NestedWrite.Connect connect) {
            related = connected(session, target, single(connect.where(), relation));
        }
        else if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
            NestedWrite.ConnectOrCreateItem item = single(connectOrCreate.items(), relation);
            related = connectOrCreate(session, target, item);
        }
        else {
            throw unsupported(write, "create");
        }
        return foreignKey(session, target, relation, related);
    }

    /**
     * Run an update-time write through a {@code FORWARD} relation, adding foreign-key
     * changes.
     */
    void beforeUpdate(Session session, ModelMeta model, Map<String, @Nullable Object> current, NestedWrite write,
            Map<String, FieldUpdate> updates) {
        RelationFieldMeta relation = write.relation();
        ModelMeta target = this.context.schema().target(relation);
        Filter linked = Records.equalsFilter(target, relation.references(), current, relation.fields());
        if (write instanceof NestedWrite.Create || write instanceof NestedWrite.Connect
                || write instanceof NestedWrite.ConnectOrCreate) {
            setForeignKey(model, relation, resolveForward(session, model, write), updates);
        }
        else if (write instanceof NestedWrite.Disconnect) {
            Map<String, @Nullable Object> nulls = new LinkedHashMap<>();
            relation.fields().forEach((field) -> nulls.put(field, null));
            setForeignKey(model, relation, nulls, updates);
        }
        else if (write instanceof NestedWrite.Update update) {
            Map<String, @Nullable Object> related = this.records.require(session, target, linked,
                    "the record connected through " + model.name() + "." + relation.name());
            this.writer.update(session, target, related, single(update.items(), relation).data());
        }
        else if (write instanceof NestedWrite.Upsert upsert) {
            Map<String, @Nullable Object> related = this.records.find(session, target, linked);
            if (related != null) {
                this.writer.update(session, target, related, upsert.update());
            }
            else {
                Map<String, @Nullable Object> created = this.writer.insert(session, target, upsert.create(), Map.of());
                setForeignKey(model, relation, foreignKey(session, target, relation, created), updates);
            }
        }
        else if (write instanceof NestedWrite.Delete) {
            Map<String, @Nullable Object> related = this.records.require(session, target, linked,
                    "the record connected through " + model.name() + "." + relation.name());
            if (!relation.fields().isEmpty() && model.scalarField(relation.fields().get(0)).optional()) {
                List<FieldUpdate> nulls = new ArrayList<>();
                relation.fields()
                    .forEach((field) -> nulls
                        .add(new FieldUpdate(model.scalarField(field), FieldUpdate.Operation.SET, null)));
                session.update(model, this.context.renderer().update(model, Records.keyFilter(model, current), nulls));
            }
            this.writer.deleteMany(session, target, Records.keyFilter(target, related));
        }
        else {
            throw unsupported(write, "update");
        }
    }

    /** Run a create-time write through a {@code BACK} or many-to-many relation. */
    void afterCreate(Session session, ModelMeta model, Map<String, @Nullable Object> values, NestedWrite write) {
        if (write.relation().kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
            manyToMany(session, model, values, write);
        }
        else {
            this.back.write(session, model, values, write, true);
        }
    }

    /** Run an update-time write through a {@code BACK} or many-to-many relation. */
    void afterUpdate(Session session, ModelMeta model, Map<String, @Nullable Object> values, NestedWrite write) {
        if (write.relation().kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
            manyToMany(session, model, values, write);
        }
        else {
            this.back.write(session, model, values, write, false);
        }
    }

    private void manyToMany(Session session, ModelMeta model, Map<String, @Nullable Object> values, NestedWrite write) {
        RelationFieldMeta relation = write.relation();
        ModelMeta target = this.context.schema().target(relation);
        JoinTable join = Objects.requireNonNull(relation.joinTable());
        Map<String, @Nullable Object> self = ensure(session, model, values, List.of(join.selfReference()));
        Filter linked = manyToManyFilter(model, target, relation, self);
        if (write instanceof NestedWrite.Create create) {
            for (CreateData data : create.data()) {
                joinInsert(session, model, target, join, self, this.writer.insert(session, target, data, Map.of()));
            }
        }
        else if (write instanceof NestedWrite.Connect connect) {
            for (UniqueWhere where : connect.where()) {
                joinInsert(session, model, target, join, self, connected(session, target, where));
            }
        }
        else if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
            for (NestedWrite.ConnectOrCreateItem item : connectOrCreate.items()) {
                joinInsert(session, model, target, join, self, connectOrCreate(session, target, item));
            }
        }
        else if (write instanceof NestedWrite.Disconnect disconnect) {
            for (UniqueWhere where : disconnect.where()) {
                Map<String, @Nullable Object> related = this.records.find(session, target, where.toFilter());
                if (related != null) {
                    joinDelete(session, model, target, join, self, related);
                }
            }
        }
        else if (write instanceof NestedWrite.Set set) {
            joinDelete(session, model, target, join, self, null);
            for (UniqueWhere where : set.where()) {
                joinInsert(session, model, target, join, self, connected(session, target, where));
            }
        }
        else if (write instanceof NestedWrite.Update update) {
            for (NestedWrite.UpdateItem item : update.items()) {
                Map<String, @Nullable Object> related = this.records.require(session, target,
                        Records.and(Objects.requireNonNull(item.where()).toFilter(), linked),
                        Records.describe(item.where()) + " connected to " + model.name());
                this.writer.update(session, target, related, item.data());
            }
        }
        else if (write instanceof NestedWrite.UpdateMany updateMany) {
            this.writer.updateMany(session, target, Records.and(updateMany.where(), linked), updateMany.data());
        }
        else if (write instanceof NestedWrite.Upsert upsert) {
            Map<String, @Nullable Object> related = this.records.find(session, target,
                    Records.and(Objects.requireNonNull(upsert.where()).toFilter(), linked));
            if (related != null) {
                this.writer.update(session, target, related, upsert.update());
            }
            else {
                joinInsert(session, model, target, join, self,
                        this.writer.insert(session, target, upsert.create(), Map.of()));
            }
        }
        else if (write instanceof NestedWrite.Delete delete) {
            for (UniqueWhere where : delete.where()) {
                Map<String, @Nullable Object> related = this.records.require(session, target,
                        Records.and(where.toFilter(), linked),
                        Records.describe(where) + " connected to " + model.name());
                joinDelete(session, model, target, join, self, related);
                this.writer.deleteMany(session, target, Records.keyFilter(target, related));
            }
        }
        else if (write instanceof NestedWrite.DeleteMany deleteMany) {
            this.writer.deleteMany(session, target, Records.and(deleteMany.where(), linked));
        }
        else {
            throw unsupported(write, "many-to-many");
        }
    }

    static Filter manyToManyFilter(ModelMeta model, ModelMeta target, RelationFieldMeta relation,
            Map<String, @Nullable Object> self) {
        JoinTable join = Objects.requireNonNull(relation.joinTable());
        RelationFieldMeta opposite = target.relationField(Objects.requireNonNull(relation.oppositeField()));
        Filter parent = new Filter.Compare(model.scalarField(join.selfReference()), Filter.CompareOperator.EQUALS,
                Records.nonNull(self.get(join.selfReference())), false);
        return new Filter.Relation(opposite, Filter.Quantifier.SOME, parent);
    }

    private void joinInsert(Session session, ModelMeta model, ModelMeta target, JoinTable join,
            Map<String, @Nullable Object> self, Map<String, @Nullable Object> related) {
        Map<String, @Nullable Object> other = ensure(session, target, related, List.of(join.targetReference()));
        List<@Nullable Object> parameters = new ArrayList<>();
        parameters.add(parameter(session, model, join.selfReference(), self));
        parameters.add(parameter(session, target, join.targetReference(), other));
        session.update(model, new BoundSql(this.context.renderer().joinInsert(join), parameters));
    }

    private void joinDelete(Session session, ModelMeta model, ModelMeta target, JoinTable join,
            Map<String, @Nullable Object> self, @Nullable Map<String, @Nullable Object> related) {
        List<@Nullable Object> parameters = new ArrayList<>();
        parameters.add(parameter(session, model, join.selfReference(), self));
        if (related != null) {
            parameters.add(parameter(session, target, join.targetReference(), related));
        }
        session.update(model, new BoundSql(this.context.renderer().joinDelete(join, related != null), parameters));
    }

    private static @Nullable Object parameter(Session session, ModelMeta model, String field,
            Map<String, @Nullable Object> values) {
        ScalarFieldMeta meta = model.scalarField(field);
        return session.dialect().toParameter(meta, values.get(field));
    }

    Map<String, @Nullable Object> connected(Session session, ModelMeta target, UniqueWhere where) {
        Map<String, @Nullable Object> found = this.records.find(session, target, where.toFilter());
        if (found == null) {
            throw new RecordNotFoundException(target.name(), session.operation(),
                    "no record to connect with " + Records.describe(where));
        }
        return found;
    }

    Map<String, @Nullable Object> connectOrCreate(Session session, ModelMeta target,
            NestedWrite.ConnectOrCreateItem item) {
        Map<String, @Nullable Object> found = this.records.find(session, target, item.where().toFilter());
        return (found != null) ? found : this.writer.insert(session, target, item.create(), Map.of());
    }

    /**
     * Return the values of {@code fields}, reading the record again if some are unknown.
     */
    Map<String, @Nullable Object> ensure(Session session, ModelMeta model, Map<String, @Nullable Object> values,
            List<String> fields) {
        if (Records.hasAll(values, fields)) {
            return values;
        }
        return this.records.require(session, model, Records.keyFilter(model, values), "the record just written");
    }

    private Map<String, @Nullable Object> foreignKey(Session session, ModelMeta target, RelationFieldMeta relation,
            Map<String, @Nullable Object> related) {
        Map<String, @Nullable Object> values = ensure(session, target, related, relation.references());
        Map<String, @Nullable Object> foreignKey = new LinkedHashMap<>();
        for (int i = 0; i < relation.fields().size(); i++) {
            foreignKey.put(relation.fields().get(i), values.get(relation.references().get(i)));
        }
        return foreignKey;
    }

    private static void setForeignKey(ModelMeta model, RelationFieldMeta relation, Map<String, @Nullable Object> values,
            Map<String, FieldUpdate> updates) {
        for (Map.Entry<String, @Nullable Object> value : values.entrySet()) {
            ScalarFieldMeta field = model.scalarField(value.getKey());
            if (value.getValue() == null && !field.optional()) {
                throw new IllegalArgumentException("Cannot disconnect the required relation " + model.name() + "."
                        + relation.name() + ": " + field.name() + " is required.");
            }
            updates.put(field.name(), new FieldUpdate(field, FieldUpdate.Operation.SET, value.getValue()));
        }
    }

    static <T> T single(List<T> items, RelationFieldMeta relation) {
        if (items.size() != 1) {
            throw new IllegalArgumentException(
                    "The to-one relation \"" + relation.name() + "\" takes exactly one record, got " + items.size());
        }
        return items.get(0);
    }

    static IllegalArgumentException unsupported(NestedWrite write, String context) {
        return new IllegalArgumentException("Nested " + write.getClass().getSimpleName() + " through \""
                + write.relation().name() + "\" is not allowed in a " + context + " ("
                + write.relation().kind().name().toLowerCase(java.util.Locale.ROOT) + " relation)");
    }

}

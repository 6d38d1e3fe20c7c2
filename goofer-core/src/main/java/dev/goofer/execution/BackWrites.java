package dev.goofer.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.Filter;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.UniqueWhere;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Nested writes through a {@code BACK} relation: the related records hold the foreign
 * key, so connecting and disconnecting update them.
 */
final class BackWrites {

    private final ExecutorContext context;

    private final Records records;

    private final RecordWriter writer;

    private final NestedWriter nested;

    BackWrites(ExecutorContext context, Records records, RecordWriter writer, NestedWriter nested) {
        this.context = context;
        this.records = records;
        this.writer = writer;
        this.nested = nested;
    }

    void write(Session session, ModelMeta model, Map<String, @Nullable Object> values, NestedWrite write,
            boolean creating) {
        RelationFieldMeta relation = write.relation();
        ModelMeta target = this.context.schema().target(relation);
        Map<String, @Nullable Object> parent = this.nested.ensure(session, model, values, relation.references());
        Map<String, @Nullable Object> link = new LinkedHashMap<>();
        for (int i = 0; i < relation.fields().size(); i++) {
            link.put(relation.fields().get(i), parent.get(relation.references().get(i)));
        }
        Filter linked = Records.equalsFilter(target, relation.fields(), parent, relation.references());
        boolean replaceOne = !relation.list() && !creating;
        if (write instanceof NestedWrite.Create create) {
            if (replaceOne) {
                detach(session, model, relation, target, linked, null);
            }
            for (CreateData data : create.data()) {
                this.writer.insert(session, target, data, link);
            }
        }
        else if (write instanceof NestedWrite.CreateMany createMany) {
            this.writer.createMany(session, target, createMany.data(), createMany.skipDuplicates(), link);
        }
        else if (write instanceof NestedWrite.Connect connect) {
            for (UniqueWhere where : connect.where()) {
                Map<String, @Nullable Object> child = this.nested.connected(session, target, where);
                if (replaceOne) {
                    detach(session, model, relation, target, linked, child);
                }
                setLink(session, target, relation, link, Records.keyFilter(target, child));
            }
        }
        else if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
            for (NestedWrite.ConnectOrCreateItem item : connectOrCreate.items()) {
                Map<String, @Nullable Object> child = this.records.find(session, target, item.where().toFilter());
                if (replaceOne) {
                    detach(session, model, relation, target, linked, child);
                }
                if (child != null) {
                    setLink(session, target, relation, link, Records.keyFilter(target, child));
                }
                else {
                    this.writer.insert(session, target, item.create(), link);
                }
            }
        }
        else if (!creating) {
            updateOnly(session, model, target, relation, link, linked, write);
        }
        else {
            throw NestedWriter.unsupported(write, "create");
        }
    }

    private void updateOnly(Session session, ModelMeta model, ModelMeta target, RelationFieldMeta relation,
            Map<String, @Nullable Object> link, Filter linked, NestedWrite write) {
        String connectedTo = " connected to " + model.name();
        if (write instanceof NestedWrite.Disconnect disconnect) {
            if (disconnect.where().isEmpty()) {
                setLink(session, target, relation, nulls(link), linked);
            }
            for (UniqueWhere where : disconnect.where()) {
                setLink(session, target, relation, nulls(link), Records.and(where.toFilter(), linked));
            }
        }
        else if (write instanceof NestedWrite.Set set) {
            setLink(session, target, relation, nulls(link), linked);
            for (UniqueWhere where : set.where()) {
                Map<String, @Nullable Object> child = this.nested.connected(session, target, where);
                setLink(session, target, relation, link, Records.keyFilter(target, child));
            }
        }
        else if (write instanceof NestedWrite.Update update) {
            for (NestedWrite.UpdateItem item : update.items()) {
                Filter filter = (item.where() != null) ? Records.and(item.where().toFilter(), linked) : linked;
                String detail = ((item.where() != null) ? Records.describe(item.where()) : "the record") + connectedTo;
                this.writer.update(session, target, this.records.require(session, target, filter, detail), item.data());
            }
        }
        else if (write instanceof NestedWrite.UpdateMany updateMany) {
            this.writer.updateMany(session, target, Records.and(updateMany.where(), linked), updateMany.data());
        }
        else if (write instanceof NestedWrite.Upsert upsert) {
            Filter filter = (upsert.where() != null) ? Records.and(upsert.where().toFilter(), linked) : linked;
            Map<String, @Nullable Object> child = this.records.find(session, target, filter);
            if (child != null) {
                this.writer.update(session, target, child, upsert.update());
            }
            else {
                this.writer.insert(session, target, upsert.create(), link);
            }
        }
        else if (write instanceof NestedWrite.Delete delete) {
            List<Filter> filters = new ArrayList<>();
            if (delete.where().isEmpty()) {
                filters.add(linked);
            }
            delete.where().forEach((where) -> filters.add(Records.and(where.toFilter(), linked)));
            for (Filter filter : filters) {
                Map<String, @Nullable Object> child = this.records.require(session, target, filter,
                        "the record" + connectedTo);
                this.writer.deleteMany(session, target, Records.keyFilter(target, child));
            }
        }
        else if (write instanceof NestedWrite.DeleteMany deleteMany) {
            this.writer.deleteMany(session, target, Records.and(deleteMany.where(), linked));
        }
        else {
            throw NestedWriter.unsupported(write, "update");
        }
    }

    /**
     * Disconnect the record currently related through a to-one relation, unless it is
     * {@code keep}; fails when its foreign key is required.
     */
    private void detach(Session session, ModelMeta model, RelationFieldMeta relation, ModelMeta target, Filter linked,
            @Nullable Map<String, @Nullable Object> keep) {
        Map<String, @Nullable Object> existing = this.records.find(session, target, linked);
        if (existing == null
                || (keep != null && Records.keyFilter(target, existing).equals(Records.keyFilter(target, keep)))) {
            return;
        }
        if (!target.scalarField(relation.fields().get(0)).optional()) {
            throw new DataIntegrityViolationException("The change would violate the required relation "
                    + relation.relationName() + " between " + model.name() + " and " + target.name()
                    + ": the connected " + target.name() + " cannot be disconnected");
        }
        setLink(session, target, relation, nulls(relationLink(relation)), Records.keyFilter(target, existing));
    }

    private static Map<String, @Nullable Object> relationLink(RelationFieldMeta relation) {
        Map<String, @Nullable Object> link = new LinkedHashMap<>();
        relation.fields().forEach((field) -> link.put(field, null));
        return link;
    }

    private static Map<String, @Nullable Object> nulls(Map<String, @Nullable Object> link) {
        Map<String, @Nullable Object> nulls = new LinkedHashMap<>();
        link.keySet().forEach((field) -> nulls.put(field, null));
        return nulls;
    }

    private void setLink(Session session, ModelMeta target, RelationFieldMeta relation,
            Map<String, @Nullable Object> link, Filter where) {
        List<FieldUpdate> updates = new ArrayList<>();
        for (Map.Entry<String, @Nullable Object> entry : link.entrySet()) {
            var field = target.scalarField(entry.getKey());
            if (entry.getValue() == null && !field.optional()) {
                throw new IllegalArgumentException("Cannot disconnect " + target.name() + " records from relation "
                        + relation.relationName() + ": " + target.name() + "." + field.name() + " is required.");
            }
            updates.add(new FieldUpdate(field, FieldUpdate.Operation.SET, entry.getValue()));
        }
        session.update(target, this.context.renderer().update(target, where, updates));
    }

}

package dev.goofer.cache;

import java.util.BitSet;
import java.util.Collection;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.Operation;
import dev.goofer.query.UpdateData;
import org.jspecify.annotations.Nullable;

/**
 * Works out which models a write may change: its model, every model a nested write
 * reaches (so both sides of a many-to-many connect), and the models their referential
 * actions may change in turn; the declared models of raw SQL, or everything when raw SQL
 * declares none.
 */
final class WriteFootprints {

    private final SchemaIndex schema;

    WriteFootprints(SchemaIndex schema) {
        this.schema = schema;
    }

    Footprint of(Operation<?> operation) {
        if (operation instanceof Operation.RawExecute raw) {
            return named(raw.models());
        }
        BitSet written = new BitSet();
        if (!model(written, operation.model())) {
            return Footprint.EVERYTHING;
        }
        boolean known = true;
        if (operation instanceof Operation.Create create) {
            known = create(written, create.data());
        }
        else if (operation instanceof Operation.Update update) {
            known = update(written, update.data());
        }
        else if (operation instanceof Operation.Upsert upsert) {
            known = create(written, upsert.create()) && update(written, upsert.update());
        }
        else if (operation instanceof Operation.CreateMany createMany) {
            known = createMany.data().stream().allMatch((data) -> create(written, data));
        }
        else if (operation instanceof Operation.UpdateMany updateMany) {
            known = update(written, updateMany.data());
        }
        return known ? this.schema.closure(written) : Footprint.EVERYTHING;
    }

    /**
     * The footprint of writes to the named models; everything if none or one is unknown.
     */
    Footprint named(Collection<String> models) {
        if (models.isEmpty()) {
            return Footprint.EVERYTHING;
        }
        BitSet written = new BitSet();
        for (String name : models) {
            int index = this.schema.index(name);
            if (index < 0) {
                return Footprint.EVERYTHING;
            }
            written.set(index);
        }
        return this.schema.closure(written);
    }

    private boolean model(BitSet written, @Nullable ModelMeta model) {
        int index = (model != null) ? this.schema.index(model) : -1;
        if (index >= 0) {
            written.set(index);
        }
        return index >= 0;
    }

    private boolean create(BitSet written, CreateData data) {
        return nested(written, data.relations());
    }

    private boolean update(BitSet written, UpdateData data) {
        return nested(written, data.relations());
    }

    private boolean nested(BitSet written, Collection<NestedWrite> writes) {
        for (NestedWrite write : writes) {
            int target = this.schema.index(write.relation().targetModel());
            if (target < 0 || !nested(written, write)) {
                return false;
            }
            written.set(target);
        }
        return true;
    }

    private boolean nested(BitSet written, NestedWrite write) {
        if (write instanceof NestedWrite.Create create) {
            return create.data().stream().allMatch((data) -> create(written, data));
        }
        if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
            return connectOrCreate.items().stream().allMatch((item) -> create(written, item.create()));
        }
        if (write instanceof NestedWrite.Update update) {
            return update.items().stream().allMatch((item) -> update(written, item.data()));
        }
        if (write instanceof NestedWrite.Upsert upsert) {
            return create(written, upsert.create()) && update(written, upsert.update());
        }
        if (write instanceof NestedWrite.CreateMany createMany) {
            return createMany.data().stream().allMatch((data) -> create(written, data));
        }
        if (write instanceof NestedWrite.UpdateMany updateMany) {
            return update(written, updateMany.data());
        }
        if (write instanceof NestedWrite.Connect || write instanceof NestedWrite.Disconnect
                || write instanceof NestedWrite.Set || write instanceof NestedWrite.Delete
                || write instanceof NestedWrite.DeleteMany) {
            return true;
        }
        throw new IllegalStateException("Unhandled nested write " + write.getClass().getSimpleName());
    }

}

package dev.goofer.profiling;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.query.CreateData;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.FindArgs;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.Operation;
import dev.goofer.query.Projection;
import dev.goofer.query.UniqueWhere;
import dev.goofer.query.UpdateData;
import org.jspecify.annotations.Nullable;

/**
 * The values an operation binds, in the order they appear in it, for slow-query logs that
 * are allowed to show them.
 */
final class OperationParameters {

    private final List<String> values = new ArrayList<>();

    private OperationParameters() {
    }

    static List<String> of(Operation<?> operation) {
        OperationParameters parameters = new OperationParameters();
        parameters.operation(operation);
        return List.copyOf(parameters.values);
    }

    private void operation(Operation<?> operation) {
        if (operation instanceof Operation.RawQuery raw) {
            raw.parameters().forEach(this::value);
        }
        else if (operation instanceof Operation.RawExecute raw) {
            raw.parameters().forEach(this::value);
        }
        else if (operation instanceof Operation.FindMany find) {
            args(find.args());
            projection(find.projection());
        }
        else if (operation instanceof Operation.Count count) {
            args(count.args());
        }
        else if (operation instanceof Operation.Aggregate aggregate) {
            args(aggregate.args());
        }
        else if (operation instanceof Operation.GroupBy groupBy) {
            filter(groupBy.where());
            filter(groupBy.having());
        }
        else {
            write(operation);
        }
    }

    private void write(Operation<?> operation) {
        if (operation instanceof Operation.Create create) {
            create(create.data());
        }
        else if (operation instanceof Operation.CreateMany createMany) {
            createMany.data().forEach(this::create);
        }
        else if (operation instanceof Operation.Update update) {
            unique(update.where());
            update(update.data());
        }
        else if (operation instanceof Operation.UpdateMany updateMany) {
            filter(updateMany.where());
            update(updateMany.data());
        }
        else if (operation instanceof Operation.Upsert upsert) {
            unique(upsert.where());
            create(upsert.create());
            update(upsert.update());
        }
        else if (operation instanceof Operation.Delete delete) {
            unique(delete.where());
        }
        else if (operation instanceof Operation.DeleteMany deleteMany) {
            filter(deleteMany.where());
        }
        else {
            throw new IllegalStateException("Unhandled operation " + operation.name());
        }
    }

    private void args(FindArgs args) {
        filter(args.where());
        if (args.cursor() != null) {
            unique(args.cursor());
        }
    }

    private void projection(Projection projection) {
        for (Projection.Include include : projection.includes()) {
            args(include.args());
            projection(include.projection());
        }
        projection.counts().forEach((count) -> filter(count.where()));
    }

    private void unique(UniqueWhere where) {
        where.values().forEach((value) -> value(value.value()));
        filter(where.filter());
    }

    private void create(CreateData data) {
        data.values().forEach((FieldValue value) -> value(value.value()));
        data.relations().forEach(this::nested);
    }

    private void update(UpdateData data) {
        data.updates().forEach((FieldUpdate update) -> value(update.value()));
        data.relations().forEach(this::nested);
    }

    private void nested(NestedWrite write) {
        if (write instanceof NestedWrite.Create create) {
            create.data().forEach(this::create);
        }
        else if (write instanceof NestedWrite.CreateMany createMany) {
            createMany.data().forEach(this::create);
        }
        else if (write instanceof NestedWrite.Connect connect) {
            connect.where().forEach(this::unique);
        }
        else if (write instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
            connectOrCreate.items().forEach((item) -> {
                unique(item.where());
                create(item.create());
            });
        }
        else if (write instanceof NestedWrite.Update update) {
            update.items().forEach((item) -> {
                if (item.where() != null) {
                    unique(item.where());
                }
                update(item.data());
            });
        }
        else {
            otherNested(write);
        }
    }

    private void otherNested(NestedWrite write) {
        if (write instanceof NestedWrite.Disconnect disconnect) {
            disconnect.where().forEach(this::unique);
        }
        else if (write instanceof NestedWrite.Set set) {
            set.where().forEach(this::unique);
        }
        else if (write instanceof NestedWrite.Delete delete) {
            delete.where().forEach(this::unique);
        }
        else if (write instanceof NestedWrite.UpdateMany updateMany) {
            filter(updateMany.where());
            update(updateMany.data());
        }
        else if (write instanceof NestedWrite.DeleteMany deleteMany) {
            filter(deleteMany.where());
        }
        else if (write instanceof NestedWrite.Upsert upsert) {
            if (upsert.where() != null) {
                unique(upsert.where());
            }
            create(upsert.create());
            update(upsert.update());
        }
        else {
            throw new IllegalStateException("Unhandled nested write " + write.getClass().getSimpleName());
        }
    }

    private void filter(Filter filter) {
        if (filter instanceof Filter.And and) {
            and.filters().forEach(this::filter);
        }
        else if (filter instanceof Filter.Or or) {
            or.filters().forEach(this::filter);
        }
        else if (filter instanceof Filter.Not not) {
            filter(not.filter());
        }
        else if (filter instanceof Filter.Relation relation) {
            filter(relation.filter());
        }
        else if (filter instanceof Filter.Compare compare) {
            value(compare.value());
        }
        else if (filter instanceof Filter.In in) {
            in.values().forEach(this::value);
        }
        else {
            leaf(filter);
        }
    }

    private void leaf(Filter filter) {
        if (filter instanceof Filter.Text text) {
            value(text.value());
        }
        else if (filter instanceof Filter.ListFilter list) {
            value(list.value());
        }
        else if (filter instanceof Filter.JsonFilter json) {
            value(json.value());
        }
        else if (filter instanceof Filter.AggregateCompare aggregate) {
            value(aggregate.value());
        }
        else if (!(filter instanceof Filter.IsNull)) {
            throw new IllegalStateException("Unhandled filter " + filter.getClass().getSimpleName());
        }
    }

    private void value(@Nullable Object value) {
        this.values.add(String.valueOf(value));
    }

}

package dev.goofer.execution;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.FieldValue;
import dev.goofer.sql.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * How the records of a {@code createMany} that set the same fields become batch rows:
 * worked out once for the first record of that shape, then applied to each record without
 * building a map of its values. Inputs mostly set the same fields in the same order, so a
 * batch of 10,000 rows is usually one shape. It fills the same values as a single create:
 * linked parent keys over the record's, client-generated defaults and {@code now()} where
 * the client fills it, and it refuses a record without a required foreign key.
 */
final class CreateManyShape {

    private final List<ScalarFieldMeta> given;

    private final List<ScalarFieldMeta> columns;

    private final Source[] sources;

    /**
     * The names of the required foreign keys, and the column of each (-1 when absent).
     */
    private final List<String> requiredKeys;

    private final int[] requiredKeyColumns;

    private final String model;

    private CreateManyShape(String model, List<ScalarFieldMeta> given, List<ScalarFieldMeta> columns, Source[] sources,
            List<String> requiredKeys, int[] requiredKeyColumns) {
        this.model = model;
        this.given = given;
        this.columns = columns;
        this.sources = sources;
        this.requiredKeys = requiredKeys;
        this.requiredKeyColumns = requiredKeyColumns;
    }

    /**
     * Work out the shape of a record.
     * @param model the model
     * @param record the record
     * @param linked the parent keys a nested {@code createMany} sets on every record
     * @param clientNow whether the client fills {@code now()} defaults
     * @return the shape
     */
    static CreateManyShape of(ModelMeta model, CreateData record, Map<String, @Nullable Object> linked,
            boolean clientNow) {
        List<ScalarFieldMeta> given = new ArrayList<>(record.values().size());
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < record.values().size(); i++) {
            ScalarFieldMeta field = record.values().get(i).field();
            given.add(field);
            indexes.put(field.name(), i);
        }
        List<ScalarFieldMeta> columns = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (ScalarFieldMeta field : model.scalarFields()) {
            DefaultValue defaultValue = field.defaultValue();
            Source source;
            if (linked.containsKey(field.name())) {
                source = new Source(Source.Kind.LINKED, -1, field.name(), null);
            }
            else if (indexes.containsKey(field.name())) {
                source = new Source(Source.Kind.GIVEN, indexes.get(field.name()), null, null);
            }
            else if (defaultValue != null && defaultValue.isClientGenerated()) {
                source = new Source(Source.Kind.GENERATED, -1, null, defaultValue);
            }
            else if (field.updatedAt() || (defaultValue instanceof DefaultValue.Now && clientNow)) {
                source = new Source(Source.Kind.NOW, -1, null, null);
            }
            else {
                continue;
            }
            columns.add(field);
            sources.add(source);
        }
        List<String> requiredKeys = requiredForeignKeys(model);
        int[] requiredKeyColumns = new int[requiredKeys.size()];
        for (int i = 0; i < requiredKeyColumns.length; i++) {
            requiredKeyColumns[i] = columns.indexOf(model.scalarField(requiredKeys.get(i)));
        }
        return new CreateManyShape(model.name(), List.copyOf(given), List.copyOf(columns),
                sources.toArray(new Source[0]), List.copyOf(requiredKeys), requiredKeyColumns);
    }

    /**
     * Whether a record sets the same fields in the same order as this shape's.
     * @param record the record
     * @return whether {@link #row} applies to it
     */
    boolean matches(CreateData record) {
        List<FieldValue> values = record.values();
        if (values.size() != this.given.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).field() != this.given.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Return the inserted columns, in model order.
     * @return the columns
     */
    List<ScalarFieldMeta> columns() {
        return this.columns;
    }

    /**
     * Build the batch row of a record of this shape.
     * @param record the record
     * @param linked the parent keys a nested {@code createMany} sets on every record
     * @param dialect the dialect, which turns values into parameters
     * @return the parameters, in {@link #columns()} order
     * @throws IllegalArgumentException if a required foreign key is missing or null
     */
    List<@Nullable Object> row(CreateData record, Map<String, @Nullable Object> linked, Dialect dialect) {
        @Nullable Object[] values = new Object[this.sources.length];
        Instant now = null;
        for (int i = 0; i < values.length; i++) {
            Source source = this.sources[i];
            switch (source.kind()) {
                case GIVEN -> values[i] = record.values().get(source.index()).value();
                case LINKED -> values[i] = linked.get(source.name());
                case GENERATED -> values[i] = IdGenerators.generate(source.defaultValue());
                case NOW -> {
                    now = (now != null) ? now : Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    values[i] = now;
                }
            }
        }
        checkRequiredKeys(values);
        for (int i = 0; i < values.length; i++) {
            values[i] = dialect.toParameter(this.columns.get(i), values[i]);
        }
        return Arrays.asList(values);
    }

    private void checkRequiredKeys(@Nullable Object[] values) {
        List<String> missing = null;
        for (int i = 0; i < this.requiredKeyColumns.length; i++) {
            int column = this.requiredKeyColumns[i];
            if (column < 0 || values[column] == null) {
                missing = (missing != null) ? missing : new ArrayList<>();
                missing.add(this.requiredKeys.get(i));
            }
        }
        if (missing != null) {
            throw missingForeignKeys(this.model, missing);
        }
    }

    /**
     * Return the foreign keys a create must set: those of forward relations that are
     * required and have no default.
     * @param model the model
     * @return the field names, in relation order
     */
    static List<String> requiredForeignKeys(ModelMeta model) {
        List<String> names = new ArrayList<>();
        for (RelationFieldMeta relation : model.relationFields()) {
            if (relation.kind() != RelationKind.FORWARD || relation.ignored()) {
                continue;
            }
            for (String name : relation.fields()) {
                ScalarFieldMeta field = model.scalarField(name);
                if (!field.optional() && field.defaultValue() == null && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    static IllegalArgumentException missingForeignKeys(String model, List<String> missing) {
        return new IllegalArgumentException("Cannot create a " + model + " without " + String.join(", ", missing)
                + ": set the foreign key or connect or create the related record.");
    }

    /**
     * Where a column's value comes from.
     *
     * @param kind the kind of source
     * @param index the position in the record's values ({@code GIVEN})
     * @param name the linked field name ({@code LINKED})
     * @param defaultValue the client-generated default ({@code GENERATED})
     */
    private record Source(Kind kind, int index, @Nullable String name, @Nullable DefaultValue defaultValue) {

        enum Kind {

            GIVEN, LINKED, GENERATED, NOW

        }

    }

}

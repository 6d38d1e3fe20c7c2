package dev.goofer.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.query.Projection;

/**
 * Builds a {@link Projection} from {@code include}, {@code select} and {@code omit}
 * calls, immutably.
 */
final class Shape {

    private final ModelMeta model;

    private final Projection projection;

    private Shape(ModelMeta model, Projection projection) {
        this.model = model;
        this.projection = projection;
    }

    static Shape records(ModelMeta model) {
        return new Shape(model, Projection.RECORDS);
    }

    Projection projection() {
        return this.projection;
    }

    boolean selection() {
        return this.projection.selection();
    }

    Shape include(Fetch<?>... fetches) {
        List<Projection.Include> includes = new ArrayList<>(this.projection.includes());
        List<Projection.CountInclude> counts = new ArrayList<>(this.projection.counts());
        for (Fetch<?> fetch : fetches) {
            add(fetch, includes, counts);
        }
        return new Shape(this.model,
                new Projection(this.projection.fields(), includes, counts, this.projection.selection()));
    }

    Shape select(Selectable<?>... items) {
        Set<ScalarFieldMeta> fields = new LinkedHashSet<>();
        if (this.projection.selection() && this.projection.fields() != null) {
            fields.addAll(this.projection.fields());
        }
        List<Projection.Include> includes = new ArrayList<>(this.projection.includes());
        List<Projection.CountInclude> counts = new ArrayList<>(this.projection.counts());
        for (Selectable<?> item : items) {
            if (item instanceof Field<?, ?> field) {
                fields.add(field.meta());
            }
            else if (item instanceof Fetch<?> fetch) {
                add(fetch, includes, counts);
            }
        }
        return new Shape(this.model, new Projection(List.copyOf(fields), includes, counts, true));
    }

    Shape omit(Field<?, ?>... omitted) {
        Set<ScalarFieldMeta> fields = new LinkedHashSet<>(
                (this.projection.fields() != null) ? this.projection.fields() : clientFields(this.model));
        for (Field<?, ?> field : omitted) {
            fields.remove(field.meta());
        }
        return new Shape(this.model,
                new Projection(List.copyOf(fields), this.projection.includes(), this.projection.counts(), true));
    }

    /**
     * Check that nested {@code select}/{@code omit} only appear under a selection,
     * because generated records always hold every scalar field.
     * @return this shape
     */
    Shape checked() {
        check(this.projection, this.model.name());
        return this;
    }

    private static void check(Projection projection, String path) {
        for (Projection.Include include : projection.includes()) {
            String nestedPath = path + "." + include.relation().name();
            if (!projection.selection() && include.projection().selection()) {
                throw new IllegalArgumentException("select/omit on included relation \"" + nestedPath
                        + "\" needs select(...) or omit(...) on the outer query too: generated records always hold "
                        + "every field, so a partial related record can only be returned inside a Selection");
            }
            if (projection.selection() && !include.projection().selection()) {
                throw new IllegalArgumentException("Included relation \"" + nestedPath + "\" of a selection must be "
                        + "selected too: use select(...) on it or pass it to select(...)");
            }
            check(include.projection(), nestedPath);
        }
    }

    private static void add(Fetch<?> fetch, List<Projection.Include> includes, List<Projection.CountInclude> counts) {
        if (fetch instanceof CountFetch<?> count) {
            counts.add(count.toCountInclude());
        }
        else if (fetch instanceof ToManyRelation<?, ?> relation) {
            replace(includes, relation.toInclude());
        }
        else if (fetch instanceof ToOneRelation<?, ?> relation) {
            replace(includes, relation.toInclude());
        }
        else if (fetch instanceof RelationFetch<?, ?> relation) {
            replace(includes, relation.toInclude());
        }
    }

    private static void replace(List<Projection.Include> includes, Projection.Include include) {
        includes.removeIf((existing) -> existing.relation().name().equals(include.relation().name()));
        includes.add(include);
    }

    static List<ScalarFieldMeta> clientFields(ModelMeta model) {
        List<ScalarFieldMeta> fields = new ArrayList<>();
        for (ScalarFieldMeta field : model.scalarFields()) {
            if (!field.ignored() && field.type() != ScalarType.UNSUPPORTED) {
                fields.add(field);
            }
        }
        return fields;
    }

}

package dev.goofer.codegen.testing;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.IndexMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.PrimaryKey;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * A model or view under construction.
 */
public final class ModelSpec {

    final String name;

    final boolean view;

    String table;

    @Nullable String documentation;

    boolean ignored;

    final List<Spec> fields = new ArrayList<>();

    private @Nullable PrimaryKey compoundId;

    private final List<UniqueConstraint> compoundUniques = new ArrayList<>();

    private final List<IndexMeta> indexes = new ArrayList<>();

    private final List<String> shardKey = new ArrayList<>();

    ModelSpec(String name, boolean view) {
        this.name = name;
        this.view = view;
        this.table = name;
    }

    public ModelSpec map(String table) {
        this.table = table;
        return this;
    }

    public ModelSpec doc(String documentation) {
        this.documentation = documentation;
        return this;
    }

    public ModelSpec ignore() {
        this.ignored = true;
        return this;
    }

    public ModelSpec field(String name, ScalarType type, Spec.Option... options) {
        return add(new FieldSpec(name, type, null), options);
    }

    public ModelSpec enumField(String name, String enumName, Spec.Option... options) {
        return add(new FieldSpec(name, ScalarType.ENUM, enumName), options);
    }

    public ModelSpec unsupported(String name, String typeText, Spec.Option... options) {
        FieldSpec field = new FieldSpec(name, ScalarType.UNSUPPORTED, null);
        field.unsupportedType = typeText;
        return add(field, options);
    }

    public ModelSpec relation(String name, String target, Spec.Option... options) {
        return add(new RelationSpec(name, target), options);
    }

    public ModelSpec id(@Nullable String name, String... fields) {
        this.compoundId = new PrimaryKey(indexFields(fields), name, this.table + "_pkey");
        return this;
    }

    public ModelSpec unique(@Nullable String name, String... fields) {
        this.compoundUniques.add(new UniqueConstraint(indexFields(fields), name, constraint(fields, "key")));
        return this;
    }

    public ModelSpec index(IndexField... fields) {
        List<String> names = new ArrayList<>();
        for (IndexField field : fields) {
            names.add(field.field());
        }
        this.indexes.add(new IndexMeta(List.of(fields), constraint(names.toArray(String[]::new), "idx"), null, false));
        return this;
    }

    public ModelSpec shardKey(String... fields) {
        this.shardKey.addAll(List.of(fields));
        return this;
    }

    private ModelSpec add(Spec spec, Spec.Option... options) {
        for (Spec.Option option : options) {
            option.applyTo(spec);
        }
        this.fields.add(spec);
        return this;
    }

    @Nullable FieldSpec scalar(String name) {
        for (Spec field : this.fields) {
            if (field instanceof FieldSpec scalar && scalar.name.equals(name)) {
                return scalar;
            }
        }
        return null;
    }

    String idField() {
        for (Spec field : this.fields) {
            if (field instanceof FieldSpec scalar && scalar.id) {
                return scalar.name;
            }
        }
        throw new IllegalStateException("Model " + this.name + " has no single @id");
    }

    String constraint(String[] fields, String suffix) {
        StringBuilder name = new StringBuilder(this.table);
        for (String field : fields) {
            FieldSpec scalar = scalar(field);
            name.append('_').append((scalar != null) ? scalar.column() : field);
        }
        return name.append('_').append(suffix).toString();
    }

    ModelMeta build(List<FieldMeta> built) {
        PrimaryKey primaryKey = this.compoundId;
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Spec field : this.fields) {
            if (field instanceof FieldSpec scalar && scalar.id) {
                primaryKey = new PrimaryKey(List.of(IndexField.of(scalar.name)), null, this.table + "_pkey");
            }
            if (field instanceof FieldSpec scalar && scalar.unique) {
                uniques.add(new UniqueConstraint(List.of(IndexField.of(scalar.name)), null,
                        constraint(new String[] { scalar.name }, "key")));
            }
        }
        uniques.addAll(this.compoundUniques);
        return new ModelMeta(this.name, this.table, null, this.view, built, primaryKey, uniques, this.indexes,
                this.shardKey, this.ignored, this.documentation);
    }

    private static List<IndexField> indexFields(String... fields) {
        List<IndexField> list = new ArrayList<>();
        for (String field : fields) {
            list.add(IndexField.of(field));
        }
        return list;
    }

}

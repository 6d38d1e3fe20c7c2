package dev.goofer.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.IndexMeta;
import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.NativeType;
import dev.goofer.metadata.PrimaryKey;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * A compact builder of schema metadata for tests, named as Prisma names constraints.
 */
final class TestModels {

    private TestModels() {
    }

    static SchemaMeta schema(Provider provider, List<ModelMeta> models, List<EnumMeta> enums) {
        return new SchemaMeta(provider, true, models, enums);
    }

    static Model model(String name) {
        return new Model(name, name);
    }

    static Field field(String name, ScalarType type) {
        return new Field(name, type);
    }

    static EnumMeta enumType(String name, @Nullable String schema, String... values) {
        List<EnumMeta.Value> list = new ArrayList<>();
        for (String value : values) {
            list.add(new EnumMeta.Value(value, value));
        }
        return new EnumMeta(name, name, schema, list, null);
    }

    /**
     * A scalar field under construction.
     */
    static final class Field {

        private final String name;

        private final ScalarType type;

        private String column;

        private @Nullable String enumName;

        private boolean optional;

        private boolean list;

        private @Nullable NativeType nativeType;

        private @Nullable DefaultValue defaultValue;

        private @Nullable String unsupported;

        private boolean ignored;

        Field(String name, ScalarType type) {
            this.name = name;
            this.type = type;
            this.column = name;
        }

        Field map(String column) {
            this.column = column;
            return this;
        }

        Field enumOf(String enumName) {
            this.enumName = enumName;
            return this;
        }

        Field optional() {
            this.optional = true;
            return this;
        }

        Field list() {
            this.list = true;
            return this;
        }

        Field db(String name, String... args) {
            this.nativeType = new NativeType(name, List.of(args));
            return this;
        }

        Field defaultTo(DefaultValue value) {
            this.defaultValue = value;
            return this;
        }

        Field defaultTo(Object literal) {
            this.defaultValue = new DefaultValue.Literal(literal, this.enumName != null);
            return this;
        }

        Field unsupported(String text) {
            this.unsupported = text;
            return this;
        }

        Field ignored() {
            this.ignored = true;
            return this;
        }

        ScalarFieldMeta build() {
            return new ScalarFieldMeta(this.name, this.column, this.type, this.enumName, this.optional, this.list,
                    this.nativeType, this.defaultValue, false, this.ignored, this.unsupported, null);
        }

    }

    /**
     * A model under construction.
     */
    static final class Model {

        private final String name;

        private String table;

        private @Nullable String schema;

        private final List<FieldMeta> fields = new ArrayList<>();

        private @Nullable PrimaryKey primaryKey;

        private final List<UniqueConstraint> uniques = new ArrayList<>();

        private final List<IndexMeta> indexes = new ArrayList<>();

        private boolean ignored;

        Model(String name, String table) {
            this.name = name;
            this.table = table;
        }

        Model map(String table) {
            this.table = table;
            return this;
        }

        Model schema(String schema) {
            this.schema = schema;
            return this;
        }

        Model ignored() {
            this.ignored = true;
            return this;
        }

        Model field(Field field) {
            this.fields.add(field.build());
            return this;
        }

        Model id(Field field) {
            this.fields.add(field.build());
            return id(field.build().name());
        }

        Model id(String... fields) {
            this.primaryKey = new PrimaryKey(indexFields(fields), null, this.table + "_pkey");
            return this;
        }

        Model unique(String... fields) {
            this.uniques.add(new UniqueConstraint(indexFields(fields), null,
                    this.table + "_" + String.join("_", columns(fields)) + "_key"));
            return this;
        }

        Model unique(String constraintName, List<IndexField> fields) {
            this.uniques.add(new UniqueConstraint(fields, null, constraintName));
            return this;
        }

        Model index(String... fields) {
            this.indexes.add(new IndexMeta(indexFields(fields),
                    this.table + "_" + String.join("_", columns(fields)) + "_idx", null, false));
            return this;
        }

        Model index(IndexMeta index) {
            this.indexes.add(index);
            return this;
        }

        Model forward(String name, String target, List<String> fields, List<String> references,
                ReferentialAction onDelete, boolean optional) {
            String fkName = this.table + "_" + String.join("_", columns(fields.toArray(String[]::new))) + "_fkey";
            this.fields.add(new RelationFieldMeta(name, target, optional, false, name, RelationKind.FORWARD, null,
                    fields, references, onDelete, ReferentialAction.CASCADE, fkName, null, false, null));
            return this;
        }

        Model manyToMany(String name, String target, String relation, String selfColumn) {
            String other = selfColumn.equals("A") ? "B" : "A";
            this.fields
                .add(new RelationFieldMeta(name, target, false, true, relation, RelationKind.IMPLICIT_MANY_TO_MANY,
                        null, List.of(), List.of(), ReferentialAction.CASCADE, ReferentialAction.CASCADE, null,
                        new JoinTable("_" + relation, null, selfColumn, other, "id", "id"), false, null));
            return this;
        }

        private List<String> columns(String... fields) {
            List<String> columns = new ArrayList<>();
            for (String field : fields) {
                columns.add(this.fields.stream()
                    .filter((f) -> f.name().equals(field) && f instanceof ScalarFieldMeta)
                    .map((f) -> ((ScalarFieldMeta) f).columnName())
                    .findFirst()
                    .orElse(field));
            }
            return columns;
        }

        private static List<IndexField> indexFields(String... fields) {
            return java.util.Arrays.stream(fields).map(IndexField::of).toList();
        }

        ModelMeta build() {
            return new ModelMeta(this.name, this.table, this.schema, false, this.fields, this.primaryKey, this.uniques,
                    this.indexes, List.of(), this.ignored, null);
        }

    }

}

package dev.goofer.codegen.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link SchemaMeta} by hand the way the schema front end will: constraint and
 * relation names follow Prisma's defaults, and each relation is resolved from both sides
 * (back-relation keys, implicit many-to-many join tables).
 *
 * <pre class="code">
 * SchemaMeta schema = TestSchema.builder(Provider.SQLITE)
 *     .enumType("Role", "USER", "ADMIN=admin")
 *     .model("User", (m) -&gt; m.field("id", INT, id(), autoincrement()).relation("posts", "Post", list()))
 *     .build();
 * </pre>
 */
public final class TestSchema {

    private final Provider provider;

    private final Map<String, ModelSpec> models = new LinkedHashMap<>();

    private final List<EnumMeta> enums = new ArrayList<>();

    private TestSchema(Provider provider) {
        this.provider = provider;
    }

    public static TestSchema builder(Provider provider) {
        return new TestSchema(provider);
    }

    /**
     * Add an enum; a value written {@code NAME=db} is mapped to {@code db}, and text
     * after {@code " /// "} documents the value.
     * @param name the enum name
     * @param values the values
     * @return this builder
     */
    public TestSchema enumType(String name, String... values) {
        return mappedEnumType(name, name, null, values);
    }

    public TestSchema mappedEnumType(String name, String databaseName, @Nullable String documentation,
            String... values) {
        List<EnumMeta.Value> list = new ArrayList<>();
        for (String value : values) {
            String[] documented = value.split(" /// ", 2);
            String[] parts = documented[0].split("=", 2);
            list.add(new EnumMeta.Value(parts[0], (parts.length > 1) ? parts[1] : parts[0],
                    (documented.length > 1) ? documented[1] : null));
        }
        this.enums.add(new EnumMeta(name, databaseName, null, list, documentation));
        return this;
    }

    public TestSchema model(String name, Consumer<ModelSpec> model) {
        return add(name, false, model);
    }

    public TestSchema view(String name, Consumer<ModelSpec> view) {
        return add(name, true, view);
    }

    private TestSchema add(String name, boolean view, Consumer<ModelSpec> model) {
        ModelSpec spec = new ModelSpec(name, view);
        model.accept(spec);
        this.models.put(name, spec);
        return this;
    }

    public SchemaMeta build() {
        Relations relations = new Relations(this.models);
        List<ModelMeta> built = new ArrayList<>();
        for (ModelSpec model : this.models.values()) {
            List<FieldMeta> fields = new ArrayList<>();
            for (Spec field : model.fields) {
                fields.add((field instanceof FieldSpec scalar) ? scalar.build(model)
                        : relations.resolve(model, (RelationSpec) field));
            }
            built.add(model.build(fields));
        }
        return new SchemaMeta(this.provider, true, built, this.enums);
    }

    /**
     * Shorthand for the scalar types.
     */
    public static final class Types {

        public static final ScalarType STRING = ScalarType.STRING;

        public static final ScalarType BOOLEAN = ScalarType.BOOLEAN;

        public static final ScalarType INT = ScalarType.INT;

        public static final ScalarType BIGINT = ScalarType.BIGINT;

        public static final ScalarType FLOAT = ScalarType.FLOAT;

        public static final ScalarType DECIMAL = ScalarType.DECIMAL;

        public static final ScalarType DATETIME = ScalarType.DATETIME;

        public static final ScalarType JSON = ScalarType.JSON;

        public static final ScalarType BYTES = ScalarType.BYTES;

        private Types() {
        }

    }

}

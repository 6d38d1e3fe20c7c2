package dev.goofer.codegen.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.semantic.Datasource;
import dev.goofer.schema.semantic.EnumType;
import dev.goofer.schema.semantic.EnumValue;
import dev.goofer.schema.semantic.Field;
import dev.goofer.schema.semantic.Model;
import dev.goofer.schema.semantic.RelationField;
import dev.goofer.schema.semantic.RelationMode;
import dev.goofer.schema.semantic.ResolvedSchema;
import dev.goofer.schema.semantic.ScalarField;

/**
 * Converts a validated {@link ResolvedSchema} into the {@link SchemaMeta} the runtime,
 * the DDL and the schema tools work from: every model and view with its table name,
 * fields in schema order, keys, indexes and relations resolved to both sides, and every
 * enum with its database names. Constraint names are the database names Prisma uses:
 * {@code map:} arguments, else Prisma's defaults ({@code User_pkey},
 * {@code User_email_key}, {@code Post_authorId_idx}, {@code Post_authorId_fkey}) built
 * from table and column names and cut to the provider's identifier length.
 *
 * <pre>
 * SchemaMeta meta = SchemaMetaConverter.convert(PrismaSchemas.load(Path.of("schema.prisma")));
 * String ddl = SchemaManager.createScript(meta, DialectKind.of(meta.provider()));
 * </pre>
 */
public final class SchemaMetaConverter {

    private final ResolvedSchema schema;

    private final Provider provider;

    private SchemaMetaConverter(ResolvedSchema schema, Provider provider) {
        this.schema = schema;
        this.provider = provider;
    }

    /**
     * Convert a validated schema into runtime metadata.
     * @param schema the validated schema
     * @return the metadata
     * @throws IllegalArgumentException if the schema has no datasource block, whose
     * provider the metadata needs
     */
    public static SchemaMeta convert(ResolvedSchema schema) {
        Objects.requireNonNull(schema, "schema");
        return new SchemaMetaConverter(schema, provider(schema)).convert();
    }

    /**
     * Return the metadata provider of a schema's datasource ({@code postgres} is
     * {@link Provider#POSTGRESQL}).
     * @param schema the validated schema
     * @return the provider
     * @throws IllegalArgumentException if the schema has no datasource block
     */
    public static Provider provider(ResolvedSchema schema) {
        Datasource datasource = schema.datasource();
        if (datasource == null) {
            throw new IllegalArgumentException(
                    "The schema has no datasource block: add one with the provider of your database, "
                            + "for example datasource db { provider = \"postgresql\" }.");
        }
        return Provider.fromPrismaName(datasource.provider().prismaName());
    }

    private SchemaMeta convert() {
        List<ModelMeta> models = new ArrayList<>();
        for (Model model : this.schema.models()) {
            models.add(model(model));
        }
        List<EnumMeta> enums = this.schema.enums().stream().map(SchemaMetaConverter::enumMeta).toList();
        boolean foreignKeys = this.schema.relationMode() != RelationMode.PRISMA;
        return new SchemaMeta(this.provider, foreignKeys, models, enums);
    }

    private ModelMeta model(Model model) {
        List<FieldMeta> fields = new ArrayList<>();
        for (Field field : model.fields()) {
            fields.add(field(field));
        }
        KeyConverter keys = new KeyConverter(this.provider);
        return new ModelMeta(model.name(), model.databaseName(), model.schema(), model.isView(), fields,
                keys.primaryKey(model), keys.uniques(model), keys.indexes(model), keys.shardKey(model),
                model.isIgnored(), model.documentation());
    }

    private static FieldMeta field(Field field) {
        if (field instanceof ScalarField scalar) {
            return ScalarFieldConverter.convert(scalar);
        }
        if (field instanceof RelationField relation) {
            return RelationFieldConverter.convert(relation);
        }
        throw new IllegalStateException("Unhandled field " + field);
    }

    private static EnumMeta enumMeta(EnumType enumType) {
        List<EnumMeta.Value> values = new ArrayList<>();
        for (EnumValue value : enumType.values()) {
            values.add(new EnumMeta.Value(value.name(), value.databaseName(), value.documentation()));
        }
        return new EnumMeta(enumType.name(), enumType.databaseName(), enumType.schema(), values,
                enumType.documentation());
    }

}

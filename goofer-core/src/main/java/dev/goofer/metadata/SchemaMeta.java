package dev.goofer.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The whole schema as the runtime sees it: provider, models, views and enums. Immutable;
 * a class rather than a record because it keeps name lookups built once.
 */
public final class SchemaMeta {

    private final Provider provider;

    private final boolean foreignKeys;

    private final List<ModelMeta> models;

    private final List<EnumMeta> enums;

    private final Map<String, ModelMeta> modelsByName = new LinkedHashMap<>();

    private final Map<String, EnumMeta> enumsByName = new LinkedHashMap<>();

    /**
     * Create the schema metadata.
     * @param provider the datasource provider the schema was written for
     * @param foreignKeys whether relations are enforced with foreign keys
     * ({@code relationMode = "foreignKeys"}, the default) rather than emulated by the
     * client ({@code relationMode = "prisma"})
     * @param models the models and views, in schema order
     * @param enums the enums, in schema order
     */
    public SchemaMeta(Provider provider, boolean foreignKeys, List<ModelMeta> models, List<EnumMeta> enums) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.foreignKeys = foreignKeys;
        this.models = List.copyOf(models);
        this.enums = List.copyOf(enums);
        this.models.forEach((model) -> this.modelsByName.put(model.name(), model));
        this.enums.forEach((enumMeta) -> this.enumsByName.put(enumMeta.name(), enumMeta));
    }

    /**
     * Return the datasource provider the schema was written for.
     * @return the provider
     */
    public Provider provider() {
        return this.provider;
    }

    /**
     * Whether relations are enforced with database foreign keys.
     * @return {@code false} for {@code relationMode = "prisma"}
     */
    public boolean foreignKeys() {
        return this.foreignKeys;
    }

    /**
     * Return the models and views, in schema order.
     * @return the models
     */
    public List<ModelMeta> models() {
        return this.models;
    }

    /**
     * Return the enums, in schema order.
     * @return the enums
     */
    public List<EnumMeta> enums() {
        return this.enums;
    }

    /**
     * Return the model with the given name.
     * @param name the model name
     * @return the model
     * @throws IllegalArgumentException if there is no such model
     */
    public ModelMeta model(String name) {
        ModelMeta model = this.modelsByName.get(name);
        if (model == null) {
            throw new IllegalArgumentException("Schema has no model \"" + name + "\"");
        }
        return model;
    }

    /**
     * Find the model with the given name.
     * @param name the model name
     * @return the model, or {@code null}
     */
    public @Nullable ModelMeta findModel(String name) {
        return this.modelsByName.get(name);
    }

    /**
     * Return the enum with the given name.
     * @param name the enum name
     * @return the enum
     * @throws IllegalArgumentException if there is no such enum
     */
    public EnumMeta enumType(String name) {
        EnumMeta enumMeta = this.enumsByName.get(name);
        if (enumMeta == null) {
            throw new IllegalArgumentException("Schema has no enum \"" + name + "\"");
        }
        return enumMeta;
    }

    /**
     * Return the model a relation field points to.
     * @param relation the relation field
     * @return the related model
     */
    public ModelMeta target(RelationFieldMeta relation) {
        return model(relation.targetModel());
    }

    @Override
    public String toString() {
        return "SchemaMeta[" + this.provider.prismaName() + ", " + this.models.size() + " models, " + this.enums.size()
                + " enums]";
    }

}

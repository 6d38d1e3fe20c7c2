package dev.goofer.codegen.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import dev.goofer.metadata.SchemaMeta;
import org.jspecify.annotations.Nullable;

/**
 * Everything the emitters need to generate one client: the schema, the target package,
 * and the descriptors of its models and enums. Immutable.
 */
public final class ClientDescriptor {

    private final SchemaMeta schema;

    private final String sourceFileName;

    private final ClassName clientClass;

    private final ClassName schemaClass;

    private final ClassName definitionClass;

    private final List<ModelDescriptor> models;

    private final List<EnumDescriptor> enums;

    private final Set<String> typeNames;

    private final Map<String, ModelDescriptor> modelsByName = new LinkedHashMap<>();

    private final Map<String, EnumDescriptor> enumsByName = new LinkedHashMap<>();

    /**
     * Create the descriptor.
     * @param schema the schema metadata
     * @param sourceFileName the schema file name for the generated header
     * @param clientClass the generated client
     * @param schemaClass the class holding the schema metadata
     * @param definitionClass the {@code ClientDefinition} implementation
     * @param models the models and views the client exposes, in schema order
     * @param enums the enums, in schema order
     * @param typeNames the simple names of every type generated in the package, nested
     * ones included
     */
    public ClientDescriptor(SchemaMeta schema, String sourceFileName, ClassName clientClass, ClassName schemaClass,
            ClassName definitionClass, List<ModelDescriptor> models, List<EnumDescriptor> enums,
            Set<String> typeNames) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.sourceFileName = Objects.requireNonNull(sourceFileName, "sourceFileName");
        this.clientClass = Objects.requireNonNull(clientClass, "clientClass");
        this.schemaClass = Objects.requireNonNull(schemaClass, "schemaClass");
        this.definitionClass = Objects.requireNonNull(definitionClass, "definitionClass");
        this.models = List.copyOf(models);
        this.enums = List.copyOf(enums);
        this.typeNames = Set.copyOf(typeNames);
        this.models.forEach((model) -> this.modelsByName.put(model.name(), model));
        this.enums.forEach((enumType) -> this.enumsByName.put(enumType.meta().name(), enumType));
    }

    /**
     * Return the schema metadata.
     * @return the schema
     */
    public SchemaMeta schema() {
        return this.schema;
    }

    /**
     * Return the package of the generated sources.
     * @return the package name
     */
    public String packageName() {
        return this.clientClass.packageName();
    }

    /**
     * Return the schema file name the header names.
     * @return the file name
     */
    public String sourceFileName() {
        return this.sourceFileName;
    }

    /**
     * Return the generated client.
     * @return the client type
     */
    public ClassName clientClass() {
        return this.clientClass;
    }

    /**
     * Return the class holding the schema metadata.
     * @return the schema type
     */
    public ClassName schemaClass() {
        return this.schemaClass;
    }

    /**
     * Return the {@code ClientDefinition} implementation.
     * @return the definition type
     */
    public ClassName definitionClass() {
        return this.definitionClass;
    }

    /**
     * Return the models and views the client exposes, in schema order.
     * @return the models
     */
    public List<ModelDescriptor> models() {
        return this.models;
    }

    /**
     * Return the enums, in schema order.
     * @return the enums
     */
    public List<EnumDescriptor> enums() {
        return this.enums;
    }

    /**
     * Return the simple names of every generated type, nested ones included.
     * @return the type names
     */
    public Set<String> typeNames() {
        return this.typeNames;
    }

    /**
     * Return the descriptor of an exposed model.
     * @param name the model name
     * @return the model, or {@code null} if the model is ignored or unknown
     */
    public @Nullable ModelDescriptor findModel(String name) {
        return this.modelsByName.get(name);
    }

    /**
     * Return the descriptor of an exposed model.
     * @param name the model name
     * @return the model
     * @throws IllegalArgumentException if the model is not exposed
     */
    public ModelDescriptor model(String name) {
        ModelDescriptor model = this.modelsByName.get(name);
        if (model == null) {
            throw new IllegalArgumentException("Model \"" + name + "\" is not part of the client");
        }
        return model;
    }

    /**
     * Return the descriptor of an enum.
     * @param name the enum name
     * @return the enum
     * @throws IllegalArgumentException if there is no such enum
     */
    public EnumDescriptor enumType(String name) {
        EnumDescriptor enumType = this.enumsByName.get(name);
        if (enumType == null) {
            throw new IllegalArgumentException("Enum \"" + name + "\" is not part of the client");
        }
        return enumType;
    }

}

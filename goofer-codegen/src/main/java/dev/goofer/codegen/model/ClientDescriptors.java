package dev.goofer.codegen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.palantir.javapoet.ClassName;
import dev.goofer.codegen.naming.NameScope;
import dev.goofer.codegen.naming.NamingConflict;
import dev.goofer.codegen.naming.NamingStrategy;
import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SchemaMeta;
import org.jspecify.annotations.Nullable;

/**
 * Derives the {@link ClientDescriptor} of a schema: the Java names of everything the
 * client generates, checked for clashes.
 */
public final class ClientDescriptors {

    /** The simple name of the builders nested in create and update inputs. */
    public static final String BUILDER = "Builder";

    private ClientDescriptors() {
    }

    /**
     * Derive the descriptor of a client.
     * @param schema the schema metadata
     * @param packageName the package of the generated sources
     * @param clientClassName the simple name of the client
     * @param sourceFileName the schema file name for the generated header
     * @param naming the naming strategy
     * @return the descriptor, or the naming conflicts that prevent generating it
     */
    public static Derivation derive(SchemaMeta schema, String packageName, String clientClassName,
            String sourceFileName, NamingStrategy naming) {
        Objects.requireNonNull(schema, "schema");
        Conflicts conflicts = new Conflicts();
        TypeNames types = new TypeNames(packageName, conflicts);
        ClassName client = types.claimClientType(clientClassName, "the client");
        ClassName schemaClass = types.claimClientType(naming.schemaClassName(clientClassName), "the schema class");
        ClassName definition = types.claimClientType(naming.definitionClassName(clientClassName),
                "the client definition");
        Map<String, EnumDescriptor> enums = new LinkedHashMap<>();
        for (EnumMeta enumMeta : schema.enums()) {
            enums.put(enumMeta.name(), EnumDeriver.derive(enumMeta, naming, types, conflicts));
        }
        Map<ModelMeta, ClassName> records = new LinkedHashMap<>();
        for (ModelMeta model : schema.models()) {
            if (!model.ignored()) {
                records.put(model,
                        types.claim("model", model.name(), naming.modelClassName(model, NamingStrategy.Mode.RECORD),
                                "the record of model \"" + model.name() + "\""));
            }
        }
        NameScope accessors = NameScope.caseSensitive();
        List<ModelDescriptor> models = new ArrayList<>();
        records.forEach((model, record) -> {
            ModelDescriptor descriptor = new ModelDeriver(schema, model, naming, enums, conflicts).derive(record, types,
                    accessors);
            models.add(descriptor);
            nestedBuilders(descriptor, types, conflicts);
        });
        if (conflicts.size() > 0) {
            return new Derivation(null, conflicts.list(), conflicts.renames());
        }
        return new Derivation(new ClientDescriptor(schema, sourceFileName, client, schemaClass, definition, models,
                List.copyOf(enums.values()), types.all()), List.of(), conflicts.renames());
    }

    private static void nestedBuilders(ModelDescriptor model, TypeNames types, Conflicts conflicts) {
        for (ClassName input : new ClassName[] { model.createClass(), model.updateClass() }) {
            if (input != null) {
                types.nested(BUILDER);
                if (input.simpleName().equals(BUILDER)) {
                    conflicts.invalidTypeName("model", model.name(), BUILDER);
                }
            }
        }
    }

    /**
     * The outcome of a derivation: a descriptor, or the conflicts that prevent one.
     *
     * @param client the descriptor, or {@code null} if there are conflicts
     * @param conflicts the naming conflicts, empty when the descriptor was derived
     * @param renames the names that gave way to another with a trailing underscore, such
     * as a field {@code created_at} next to a field {@code createdAt}; worth a warning
     */
    public record Derivation(@Nullable ClientDescriptor client, List<NamingConflict> conflicts,
            List<NamingConflict> renames) {

        public Derivation {
            conflicts = List.copyOf(conflicts);
            renames = List.copyOf(renames);
        }

    }

}

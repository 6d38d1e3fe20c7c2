package dev.goofer.codegen.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import dev.goofer.codegen.naming.JavaIdentifiers;
import dev.goofer.codegen.naming.NameScope;
import dev.goofer.codegen.naming.NamingStrategy;
import dev.goofer.codegen.naming.NamingStrategy.Mode;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import org.jspecify.annotations.Nullable;

/**
 * Derives the descriptor of one model: which fields the client exposes, their Java names,
 * its unique selectors and which types it gets. Mutable; used once per model.
 */
final class ModelDeriver {

    private static final String COUNTS = "_count";

    private final SchemaMeta schema;

    private final ModelMeta model;

    private final NamingStrategy naming;

    private final Map<String, EnumDescriptor> enums;

    private final Conflicts conflicts;

    private final NameScope members = NameScope.caseSensitive();

    private final NameScope constants = NameScope.caseSensitive();

    private final NameScope builderMethods = NameScope.caseSensitive();

    private final Map<String, String> memberNames = new HashMap<>();

    private final Map<String, String> constantNames = new HashMap<>();

    private final Map<String, String> pushNames = new HashMap<>();

    ModelDeriver(SchemaMeta schema, ModelMeta model, NamingStrategy naming, Map<String, EnumDescriptor> enums,
            Conflicts conflicts) {
        this.schema = schema;
        this.model = model;
        this.naming = naming;
        this.enums = enums;
        this.conflicts = conflicts;
    }

    ModelDescriptor derive(ClassName recordClass, TypeNames types, NameScope accessors) {
        boolean counts = hasToManyRelation();
        if (counts) {
            this.members.claim(COUNTS, "the relation counts");
        }
        List<FieldDescriptor> fields = deriveFields();
        List<UniqueKeyDescriptor> keys = new UniqueKeys(this.model, this.naming, this.conflicts).derive(fields);
        String name = this.model.name();
        ClassName fieldsClass = claimType(types, Mode.FIELDS, "the field handles");
        ClassName whereUnique = keys.isEmpty() ? null : claimType(types, Mode.WHERE_UNIQUE, "the unique selectors");
        ClassName create = (this.model.view() || !creatable()) ? null
                : claimType(types, Mode.CREATE, "the create input");
        ClassName update = this.model.view() ? null : claimType(types, Mode.UPDATE, "the update input");
        String accessor = JavaIdentifiers.escape(this.naming.accessorName(this.model),
                JavaIdentifiers.CLIENT_FORBIDDEN);
        if (!JavaIdentifiers.isIdentifier(accessor)) {
            this.conflicts.invalidAccessor(name, accessor);
        }
        NameScope.Claim holder = accessors.claim(accessor, "model \"" + name + "\"");
        if (holder != null) {
            this.conflicts.accessorClash(name, accessor, holder);
        }
        String metaConstant = this.constants.allocate("META", "the model metadata");
        String factoryConstant = this.constants.allocate("FACTORY", "the record factory");
        boolean wide = fields.size() + (counts ? 1 : 0) > ModelDescriptor.MAX_RECORD_COMPONENTS;
        return new ModelDescriptor(this.model, recordClass, fieldsClass, whereUnique, create, update, accessor,
                metaConstant, factoryConstant, fields, keys, counts, wide);
    }

    private ClassName claimType(TypeNames types, Mode mode, String role) {
        String owner = role + " of model \"" + this.model.name() + "\"";
        return types.claimCompanion(this.model.name(), this.naming.modelClassName(this.model, mode), role, owner);
    }

    private List<FieldDescriptor> deriveFields() {
        claimNames();
        List<FieldDescriptor> fields = new ArrayList<>();
        List<FieldMeta> metas = this.model.fields();
        for (int position = 0; position < metas.size(); position++) {
            FieldMeta field = metas.get(position);
            if (field instanceof ScalarFieldMeta scalar) {
                FieldDescriptor descriptor = scalar(scalar, position);
                if (descriptor != null) {
                    fields.add(descriptor);
                }
            }
            else if (field instanceof RelationFieldMeta relation) {
                FieldDescriptor descriptor = relation(relation, position);
                if (descriptor != null) {
                    fields.add(descriptor);
                }
            }
            else {
                throw new IllegalStateException("Unhandled field " + field);
            }
        }
        return fields;
    }

    private @Nullable ScalarFieldDescriptor scalar(ScalarFieldMeta field, int position) {
        if (!exposed(field)) {
            return null;
        }
        ClassName enumClass = null;
        if (field.type() == ScalarType.ENUM) {
            EnumDescriptor enumType = this.enums.get(field.enumName());
            if (enumType == null) {
                this.conflicts.unknownEnum(this.model.name(), field.name(), String.valueOf(field.enumName()));
                return null;
            }
            enumClass = enumType.className();
        }
        ClassName elementType = JavaTypes.valueType(field.type(), enumClass);
        if (elementType == null) {
            return null;
        }
        String push = (field.list() && !this.model.view()) ? this.pushNames.get(field.name()) : null;
        return new ScalarFieldDescriptor(field, position, this.memberNames.get(field.name()),
                this.constantNames.get(field.name()), push, elementType, enumClass);
    }

    private @Nullable RelationFieldDescriptor relation(RelationFieldMeta field, int position) {
        if (field.ignored()) {
            return null;
        }
        ModelMeta target = this.schema.findModel(field.targetModel());
        if (target == null) {
            this.conflicts.unknownTarget(this.model.name(), field.name(), field.targetModel());
            return null;
        }
        if (target.ignored()) {
            return null;
        }
        return new RelationFieldDescriptor(field, position, this.memberNames.get(field.name()),
                this.constantNames.get(field.name()), target.name());
    }

    /**
     * Name the exposed fields: those whose Java name is their schema name first, so that
     * a field {@code createdAt} keeps {@code createdAt()} next to a field
     * {@code created_at}, which gives way with a trailing underscore.
     */
    private void claimNames() {
        List<FieldMeta> ordered = new ArrayList<>();
        List<FieldMeta> others = new ArrayList<>();
        for (FieldMeta field : this.model.fields()) {
            if (!named(field)) {
                continue;
            }
            boolean exact = this.naming.memberName(this.model, field).equals(field.name());
            (exact ? ordered : others).add(field);
        }
        ordered.addAll(others);
        for (FieldMeta field : ordered) {
            this.memberNames.put(field.name(), member(field));
            this.constantNames.put(field.name(), constant(field));
        }
        for (FieldMeta field : ordered) {
            if (field instanceof ScalarFieldMeta scalar && scalar.list() && !this.model.view()) {
                this.pushNames.put(field.name(), push(field));
            }
        }
    }

    private boolean named(FieldMeta field) {
        if (field instanceof ScalarFieldMeta scalar) {
            return exposed(scalar);
        }
        if (field instanceof RelationFieldMeta relation) {
            ModelMeta target = this.schema.findModel(relation.targetModel());
            return !relation.ignored() && target != null && !target.ignored();
        }
        throw new IllegalStateException("Unhandled field " + field);
    }

    private String member(FieldMeta field) {
        String preferred = JavaIdentifiers.escape(this.naming.memberName(this.model, field),
                JavaIdentifiers.RECORD_FORBIDDEN);
        List<NameScope> scopes = this.model.view() ? List.of(this.members) : List.of(this.members, this.builderMethods);
        return claim(scopes, field, "name", preferred);
    }

    private String constant(FieldMeta field) {
        String preferred = JavaIdentifiers.escape(this.naming.constantName(this.model, field));
        return claim(List.of(this.constants), field, "constant", preferred);
    }

    private String push(FieldMeta field) {
        String preferred = JavaIdentifiers.escape(this.naming.pushMethodName(this.model, field));
        return claim(List.of(this.builderMethods), field, "update method", preferred);
    }

    private String claim(List<NameScope> scopes, FieldMeta field, String what, String preferred) {
        if (!JavaIdentifiers.isIdentifier(preferred)) {
            this.conflicts.invalidMember(this.model.name(), field.name(), what, preferred);
            return preferred;
        }
        String owner = what.equals("update method") ? "the update method of field \"" + field.name() + "\""
                : "field \"" + field.name() + "\"";
        String javaName = preferred;
        NameScope.Claim holder = null;
        while (taken(scopes, javaName) != null) {
            holder = (holder != null) ? holder : taken(scopes, javaName);
            javaName = javaName + "_";
        }
        for (NameScope scope : scopes) {
            scope.claim(javaName, owner);
        }
        if (holder != null) {
            this.conflicts.memberRenamed(this.model.name(), field.name(), what, javaName, preferred, holder);
        }
        return javaName;
    }

    private static NameScope.@Nullable Claim taken(List<NameScope> scopes, String name) {
        for (NameScope scope : scopes) {
            NameScope.Claim claim = scope.find(name);
            if (claim != null) {
                return claim;
            }
        }
        return null;
    }

    private boolean hasToManyRelation() {
        for (RelationFieldMeta relation : this.model.relationFields()) {
            ModelMeta target = this.schema.findModel(relation.targetModel());
            if (relation.list() && !relation.ignored() && target != null && !target.ignored()) {
                return true;
            }
        }
        return false;
    }

    private boolean creatable() {
        for (ScalarFieldMeta field : this.model.scalarFields()) {
            boolean required = !field.optional() && !field.list() && field.defaultValue() == null && !field.updatedAt();
            if (required && !exposed(field)) {
                return false;
            }
        }
        return true;
    }

    static boolean exposed(ScalarFieldMeta field) {
        return !field.ignored() && field.type() != ScalarType.UNSUPPORTED && field.unsupportedType() == null;
    }

    /**
     * The unique selectors of a model: primary key first, then unique constraints, each
     * field set once, leaving out keys over fields the client does not expose.
     */
    private static final class UniqueKeys {

        private final ModelMeta model;

        private final NamingStrategy naming;

        private final Conflicts conflicts;

        private final NameScope methods = NameScope.caseSensitive();

        UniqueKeys(ModelMeta model, NamingStrategy naming, Conflicts conflicts) {
            this.model = model;
            this.naming = naming;
            this.conflicts = conflicts;
        }

        List<UniqueKeyDescriptor> derive(List<FieldDescriptor> fields) {
            Map<String, ScalarFieldDescriptor> scalars = new LinkedHashMap<>();
            for (FieldDescriptor field : fields) {
                if (field instanceof ScalarFieldDescriptor scalar && !scalar.list()) {
                    scalars.put(scalar.name(), scalar);
                }
            }
            Map<List<String>, UniqueKeyDescriptor> keys = new LinkedHashMap<>();
            if (this.model.primaryKey() != null) {
                add(keys, scalars, this.model.primaryKey().fieldNames(), this.model.primaryKey().name(), "@@id");
            }
            this.model.uniques()
                .forEach((unique) -> add(keys, scalars, unique.fieldNames(), unique.name(), "@@unique"));
            return List.copyOf(keys.values());
        }

        private void add(Map<List<String>, UniqueKeyDescriptor> keys, Map<String, ScalarFieldDescriptor> scalars,
                List<String> fieldNames, @Nullable String name, String attribute) {
            List<ScalarFieldDescriptor> keyFields = new ArrayList<>();
            for (String fieldName : fieldNames) {
                ScalarFieldDescriptor field = scalars.get(fieldName);
                if (field == null) {
                    return;
                }
                keyFields.add(field);
            }
            if (keys.containsKey(fieldNames)) {
                return;
            }
            boolean single = keyFields.size() == 1;
            String method = single ? keyFields.get(0).member()
                    : JavaIdentifiers.escape(this.naming.compoundKeyName(this.model, fieldNames, name));
            String key = single ? "field \"" + fieldNames.get(0) + "\""
                    : attribute + "([" + String.join(", ", fieldNames) + "])";
            if (!JavaIdentifiers.isIdentifier(method)) {
                this.conflicts.invalidKey(this.model.name(), key, method);
                return;
            }
            NameScope.Claim holder = this.methods.claim(method, "the selector of " + key);
            if (holder != null) {
                this.conflicts.keyClash(this.model.name(), single ? fieldNames.get(0) : null, key, method, holder);
                return;
            }
            keys.put(fieldNames, new UniqueKeyDescriptor(method, keyFields));
        }

    }

}

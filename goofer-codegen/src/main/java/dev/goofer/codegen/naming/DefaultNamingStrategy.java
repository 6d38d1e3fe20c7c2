package dev.goofer.codegen.naming;

import java.util.List;

import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import org.jspecify.annotations.Nullable;

/**
 * The default names: model {@code blog_post} becomes {@code BlogPost} with
 * {@code BlogPostFields}, {@code BlogPostWhereUnique}, {@code BlogPostCreate} and
 * {@code BlogPostUpdate} and the client accessor {@code blogPost()}; field
 * {@code created_at} becomes {@code createdAt} and {@code CREATED_AT}; enum values keep
 * their schema names. Extend it to override single rules.
 */
public class DefaultNamingStrategy implements NamingStrategy {

    /** The shared instance. */
    public static final DefaultNamingStrategy INSTANCE = new DefaultNamingStrategy();

    @Override
    public String modelClassName(ModelMeta model, Mode mode) {
        String base = NameCase.pascalCase(model.name());
        if (mode == Mode.RECORD) {
            return base;
        }
        if (mode == Mode.FIELDS) {
            return base + "Fields";
        }
        if (mode == Mode.WHERE_UNIQUE) {
            return base + "WhereUnique";
        }
        if (mode == Mode.CREATE) {
            return base + "Create";
        }
        if (mode == Mode.UPDATE) {
            return base + "Update";
        }
        throw new IllegalStateException("Unhandled mode " + mode);
    }

    @Override
    public String accessorName(ModelMeta model) {
        return NameCase.camelCase(modelClassName(model, Mode.RECORD));
    }

    @Override
    public String memberName(ModelMeta model, FieldMeta field) {
        return NameCase.camelCase(field.name());
    }

    @Override
    public String constantName(ModelMeta model, FieldMeta field) {
        return NameCase.upperSnakeCase(memberName(model, field));
    }

    @Override
    public String pushMethodName(ModelMeta model, FieldMeta field) {
        return "push" + NameCase.capitalize(memberName(model, field));
    }

    @Override
    public String compoundKeyName(ModelMeta model, List<String> fieldNames, @Nullable String name) {
        return NameCase.camelCase((name != null) ? name : String.join("_", fieldNames));
    }

    @Override
    public String enumClassName(EnumMeta enumMeta) {
        return NameCase.pascalCase(enumMeta.name());
    }

    @Override
    public String enumConstantName(EnumMeta enumMeta, EnumMeta.Value value) {
        return value.name();
    }

    @Override
    public String schemaClassName(String clientClassName) {
        if (clientClassName.endsWith("Client") && clientClassName.length() > "Client".length()) {
            return clientClassName.substring(0, clientClassName.length() - "Client".length()) + "Schema";
        }
        return clientClassName + "Schema";
    }

    @Override
    public String definitionClassName(String clientClassName) {
        return clientClassName + "Definition";
    }

}

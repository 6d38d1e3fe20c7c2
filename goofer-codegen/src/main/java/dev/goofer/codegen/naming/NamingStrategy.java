package dev.goofer.codegen.naming;

import java.util.List;

import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the Java names of generated code, like jOOQ's {@code GeneratorStrategy}:
 * implement it (or extend {@link DefaultNamingStrategy}) to change how models, fields and
 * enums are named. The generator still guards every name it gets: keywords and names the
 * generated types already use get a trailing underscore, and names that clash with each
 * other are reported as {@link NamingConflict}s rather than emitted.
 */
public interface NamingStrategy {

    /**
     * The Java types generated per model.
     */
    enum Mode {

        /** The record of one row, for example {@code BlogPost}. */
        RECORD,

        /** The metadata and field handles, for example {@code BlogPostFields}. */
        FIELDS,

        /** The unique selectors, for example {@code BlogPostWhereUnique}. */
        WHERE_UNIQUE,

        /** The create input, for example {@code BlogPostCreate}. */
        CREATE,

        /** The update input, for example {@code BlogPostUpdate}. */
        UPDATE

    }

    /**
     * Return the simple name of a type generated for a model.
     * @param model the model
     * @param mode which of the model's types
     * @return the simple Java type name
     */
    String modelClassName(ModelMeta model, Mode mode);

    /**
     * Return the name of the client accessor of a model, for example {@code blogPost}.
     * @param model the model
     * @return the method name
     */
    String accessorName(ModelMeta model);

    /**
     * Return the Java name of a field: its record component, builder method and unique
     * selector, for example {@code createdAt}.
     * @param model the model
     * @param field the field
     * @return the member name
     */
    String memberName(ModelMeta model, FieldMeta field);

    /**
     * Return the name of a field's handle constant, for example {@code CREATED_AT}.
     * @param model the model
     * @param field the field
     * @return the constant name
     */
    String constantName(ModelMeta model, FieldMeta field);

    /**
     * Return the name of the update-builder method that appends to a scalar list, for
     * example {@code pushTags}.
     * @param model the model
     * @param field the scalar-list field
     * @return the method name
     */
    String pushMethodName(ModelMeta model, FieldMeta field);

    /**
     * Return the name of the unique selector of a compound key ({@code @@id} or
     * {@code @@unique} over several fields).
     * @param model the model
     * @param fieldNames the key fields
     * @param name the client name given with {@code name:}, or {@code null} for Prisma's
     * default {@code a_b}
     * @return the method name
     */
    String compoundKeyName(ModelMeta model, List<String> fieldNames, @Nullable String name);

    /**
     * Return the simple name of a generated enum.
     * @param enumMeta the enum
     * @return the simple Java type name
     */
    String enumClassName(EnumMeta enumMeta);

    /**
     * Return the name of a generated enum constant.
     * @param enumMeta the enum
     * @param value the value
     * @return the constant name
     */
    String enumConstantName(EnumMeta enumMeta, EnumMeta.Value value);

    /**
     * Return the simple name of the class holding the schema metadata constant.
     * @param clientClassName the simple name of the generated client
     * @return the simple Java type name
     */
    String schemaClassName(String clientClassName);

    /**
     * Return the simple name of the {@code ClientDefinition} implementation.
     * @param clientClassName the simple name of the generated client
     * @return the simple Java type name
     */
    String definitionClassName(String clientClassName);

}

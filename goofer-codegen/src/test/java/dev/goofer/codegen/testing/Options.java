package dev.goofer.codegen.testing;

import java.util.List;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.NativeType;
import dev.goofer.metadata.ReferentialAction;

/**
 * Field options for {@link TestSchema}: {@code field("id", INT, id(), autoincrement())}.
 */
public final class Options {

    private Options() {
    }

    public static Spec.Option optional() {
        return (spec) -> spec.optional = true;
    }

    public static Spec.Option list() {
        return (spec) -> spec.list = true;
    }

    public static Spec.Option ignore() {
        return (spec) -> spec.ignored = true;
    }

    public static Spec.Option doc(String documentation) {
        return (spec) -> spec.documentation = documentation;
    }

    public static Spec.Option id() {
        return (spec) -> scalar(spec).id = true;
    }

    public static Spec.Option unique() {
        return (spec) -> scalar(spec).unique = true;
    }

    public static Spec.Option map(String column) {
        return (spec) -> scalar(spec).column = column;
    }

    public static Spec.Option nativeType(String name, String... arguments) {
        return (spec) -> scalar(spec).nativeType = new NativeType(name, List.of(arguments));
    }

    public static Spec.Option defaultValue(DefaultValue value) {
        return (spec) -> scalar(spec).defaultValue = value;
    }

    public static Spec.Option defaultValue(Object literal) {
        return defaultValue(new DefaultValue.Literal(literal, false));
    }

    public static Spec.Option defaultEnum(String value) {
        return defaultValue(new DefaultValue.Literal(value, true));
    }

    public static Spec.Option autoincrement() {
        return defaultValue(new DefaultValue.Autoincrement());
    }

    public static Spec.Option now() {
        return defaultValue(new DefaultValue.Now());
    }

    public static Spec.Option updatedAt() {
        return (spec) -> scalar(spec).updatedAt = true;
    }

    public static Spec.Option relationName(String name) {
        return (spec) -> relation(spec).relationName = name;
    }

    public static Spec.Option fields(String... fields) {
        return (spec) -> relation(spec).fields = List.of(fields);
    }

    public static Spec.Option references(String... references) {
        return (spec) -> relation(spec).references = List.of(references);
    }

    public static Spec.Option onDelete(ReferentialAction action) {
        return (spec) -> relation(spec).onDelete = action;
    }

    private static FieldSpec scalar(Spec spec) {
        return (FieldSpec) spec;
    }

    private static RelationSpec relation(Spec spec) {
        return (RelationSpec) spec;
    }

}

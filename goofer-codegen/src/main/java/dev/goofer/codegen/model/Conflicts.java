package dev.goofer.codegen.model;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.codegen.naming.NameScope;
import dev.goofer.codegen.naming.NamingConflict;
import org.jspecify.annotations.Nullable;

/**
 * Collects the naming conflicts of one derivation, and the names that gave way to another
 * with a trailing underscore; every message is worded here, as full sentences with quoted
 * names that say how to resolve the clash. Mutable; used only while one client is
 * derived.
 */
final class Conflicts {

    private final List<NamingConflict> conflicts = new ArrayList<>();

    private final List<NamingConflict> renames = new ArrayList<>();

    List<NamingConflict> list() {
        return List.copyOf(this.conflicts);
    }

    List<NamingConflict> renames() {
        return List.copyOf(this.renames);
    }

    void typeRenamed(String model, String role, String javaName, String preferred, NameScope.Claim holder) {
        this.renames.add(new NamingConflict(model, null,
                "Model \"" + model + "\" gets the Java type \"" + javaName + "\" for " + role + ", because \""
                        + preferred + "\" is already " + holder.owner() + ". Rename one of the models to avoid "
                        + "the underscore; @@map keeps the table name."));
    }

    void memberRenamed(String model, String field, String what, String javaName, String preferred,
            NameScope.Claim holder) {
        this.renames.add(new NamingConflict(model, field,
                "Field \"" + field + "\" of model \"" + model + "\" gets the Java " + what + " \"" + javaName
                        + "\", because " + holder.owner() + " already uses \"" + preferred + "\". Rename one of the "
                        + "fields to avoid the underscore; @map keeps the column name."));
    }

    int size() {
        return this.conflicts.size();
    }

    void typeClash(String kind, String name, String javaName, NameScope.Claim holder) {
        String clash = holder.name().equals(javaName) ? ", which is already " + holder.owner()
                : ", which differs only in case from \"" + holder.name() + "\", " + holder.owner()
                        + ", so their source files would clash on case-insensitive file systems";
        add(name, null, capitalized(kind) + " \"" + name + "\" needs the Java type \"" + javaName + "\"" + clash
                + ". Rename the " + kind + "; " + mapHint(kind) + ".");
    }

    void invalidTypeName(String kind, String name, String javaName) {
        add(name, null, capitalized(kind) + " \"" + name + "\" has no usable Java type name: \"" + javaName
                + "\" is not a legal Java type name. Rename the " + kind + "; " + mapHint(kind) + ".");
    }

    void invalidAccessor(String model, String accessor) {
        add(model, null, "Model \"" + model + "\" has no usable client accessor: \"" + accessor
                + "\" is not a Java identifier. Rename the model; @@map keeps its table name.");
    }

    void accessorClash(String model, String accessor, NameScope.Claim holder) {
        add(model, null, "Model \"" + model + "\" needs the client accessor \"" + accessor + "()\", which "
                + holder.owner() + " already uses. Rename one of the models; @@map keeps the table name.");
    }

    void invalidMember(String model, String field, String what, String javaName) {
        add(model, field, "Field \"" + field + "\" of model \"" + model + "\" has no usable Java " + what + ": \""
                + javaName + "\" is not a Java identifier. Rename the field; @map keeps the column name.");
    }

    void memberClash(String model, String field, String what, String javaName, NameScope.Claim holder) {
        add(model, field,
                "Field \"" + field + "\" of model \"" + model + "\" needs the Java " + what + " \"" + javaName
                        + "\", which " + holder.owner() + " already uses. Rename one of the fields; @map keeps "
                        + "the column name.");
    }

    void keyClash(String model, @Nullable String field, String key, String method, NameScope.Claim holder) {
        add(model, field,
                "The unique selector \"" + method + "\" of " + key + " on model \"" + model + "\" clashes with "
                        + holder.owner() + ". Give the compound key another client name with name: "
                        + "in @@id or @@unique.");
    }

    void invalidKey(String model, String key, String method) {
        add(model, null, "The unique selector of " + key + " on model \"" + model + "\" has no usable Java name: \""
                + method + "\" is not a Java identifier. Give the key a client name with name:.");
    }

    void enumValueClash(String enumName, String value, String javaName, NameScope.Claim holder) {
        add(enumName, value,
                "Value \"" + value + "\" of enum \"" + enumName + "\" needs the Java constant \"" + javaName
                        + "\", which " + holder.owner() + " already uses. Rename one of the values; @map keeps "
                        + "the database value.");
    }

    void invalidEnumValue(String enumName, String value, String javaName) {
        add(enumName, value, "Value \"" + value + "\" of enum \"" + enumName + "\" has no usable Java name: \""
                + javaName + "\" is not a Java identifier. Rename the value; @map keeps the database value.");
    }

    void unknownEnum(String model, String field, String enumName) {
        add(model, field, "Field \"" + field + "\" of model \"" + model + "\" has the enum type \"" + enumName
                + "\", which the schema does not define.");
    }

    void unknownTarget(String model, String field, String target) {
        add(model, field, "Relation field \"" + field + "\" of model \"" + model + "\" points to model \"" + target
                + "\", which the schema does not define.");
    }

    private void add(String model, @Nullable String field, String message) {
        this.conflicts.add(new NamingConflict(model, field, message));
    }

    private static String mapHint(String kind) {
        return kind.equals("enum") ? "@@map keeps its database name" : "@@map keeps its table name";
    }

    private static String capitalized(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

}

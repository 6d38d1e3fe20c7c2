package dev.goofer.ddl.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * The database schema a migration works on: the namespaces (PostgreSQL schemas) it needs,
 * the native enum types, and the tables. Names in the default namespace carry a
 * {@code null} namespace, so a catalog built from a schema and one introspected from a
 * database compare equal whatever the connection's default schema is called.
 *
 * @param namespaces the non-default namespaces, sorted
 * @param enums the native enum types (PostgreSQL only), sorted by namespace and name
 * @param tables the tables, sorted by namespace and name
 */
public record Catalog(List<String> namespaces, List<EnumType> enums, List<Table> tables) {

    private static final Comparator<@Nullable String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    public Catalog {
        namespaces = namespaces.stream().sorted().distinct().toList();
        enums = enums.stream()
            .sorted(Comparator.comparing(EnumType::namespace, NULLS_FIRST).thenComparing(EnumType::name))
            .toList();
        tables = tables.stream()
            .sorted(Comparator.comparing(Table::namespace, NULLS_FIRST).thenComparing(Table::name))
            .toList();
    }

    /**
     * Return an empty catalog, the state of a fresh database.
     * @return the empty catalog
     */
    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of());
    }

    /**
     * Find a table.
     * @param namespace the namespace, {@code null} for the default one
     * @param name the table name
     * @return the table, or {@code null}
     */
    public @Nullable Table table(@Nullable String namespace, String name) {
        for (Table table : this.tables) {
            if (Objects.equals(table.namespace(), namespace) && table.name().equals(name)) {
                return table;
            }
        }
        return null;
    }

    /**
     * Find an enum type.
     * @param namespace the namespace, {@code null} for the default one
     * @param name the type name
     * @return the enum type, or {@code null}
     */
    public @Nullable EnumType enumType(@Nullable String namespace, String name) {
        for (EnumType enumType : this.enums) {
            if (Objects.equals(enumType.namespace(), namespace) && enumType.name().equals(name)) {
                return enumType;
            }
        }
        return null;
    }

    /**
     * Return a copy where the given namespace is the default one: every reference to it
     * becomes {@code null}.
     * @param defaultNamespace the name of the connection's default namespace
     * @return the normalized catalog
     */
    public Catalog withDefaultNamespace(String defaultNamespace) {
        UnaryOperator<@Nullable String> map = (ns) -> defaultNamespace.equals(ns) ? null : ns;
        List<String> namespaces = new ArrayList<>();
        for (String namespace : this.namespaces) {
            if (!namespace.equals(defaultNamespace)) {
                namespaces.add(namespace);
            }
        }
        List<EnumType> enums = this.enums.stream()
            .map((e) -> new EnumType(map.apply(e.namespace()), e.name(), e.values()))
            .toList();
        List<Table> tables = this.tables.stream().map((t) -> t.mapNamespaces(map)).toList();
        return new Catalog(namespaces, enums, tables);
    }

}

package dev.goofer.metadata;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An enum of the schema.
 *
 * @param name the enum name
 * @param databaseName the database type name ({@code @@map} applied)
 * @param schema the database schema ({@code @@schema}), if any
 * @param values the values, in schema order
 * @param documentation the {@code ///} documentation, if any
 */
public record EnumMeta(String name, String databaseName, @Nullable String schema, List<Value> values,
        @Nullable String documentation) {

    public EnumMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(databaseName, "databaseName");
        values = List.copyOf(values);
    }

    /**
     * One enum value.
     *
     * @param name the value name as written in the schema
     * @param databaseName the value stored in the database ({@code @map} applied)
     * @param documentation the {@code ///} documentation, if any
     */
    public record Value(String name, String databaseName, @Nullable String documentation) {

        public Value {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(databaseName, "databaseName");
        }

        /**
         * Create an undocumented value.
         * @param name the value name as written in the schema
         * @param databaseName the value stored in the database
         */
        public Value(String name, String databaseName) {
            this(name, databaseName, null);
        }

    }

}

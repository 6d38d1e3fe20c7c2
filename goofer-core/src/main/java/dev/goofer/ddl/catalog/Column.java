package dev.goofer.ddl.catalog;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A table column.
 *
 * @param name the column name
 * @param type the column type in the dialect's canonical spelling (what the database
 * reports, for example {@code character varying(255)} on PostgreSQL or
 * {@code varchar(191)} on MySQL); for a native enum column, the enum type name
 * @param enumRef the native enum type of the column (PostgreSQL), if any
 * @param list whether the column is an array of {@code type} (PostgreSQL scalar lists)
 * @param nullable whether the column accepts {@code NULL}
 * @param autoincrement whether the database generates values (serial, identity,
 * {@code AUTO_INCREMENT}, SQLite rowid)
 * @param defaultValue the column default, if any
 */
public record Column(String name, String type, @Nullable EnumRef enumRef, boolean list, boolean nullable,
        boolean autoincrement, @Nullable ColumnDefault defaultValue) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Return a copy with another enum reference.
     * @param enumRef the new reference
     * @return the column
     */
    public Column withEnumRef(@Nullable EnumRef enumRef) {
        return new Column(this.name, this.type, enumRef, this.list, this.nullable, this.autoincrement,
                this.defaultValue);
    }

    /**
     * Return a copy with another default.
     * @param defaultValue the new default
     * @return the column
     */
    public Column withDefault(@Nullable ColumnDefault defaultValue) {
        return new Column(this.name, this.type, this.enumRef, this.list, this.nullable, this.autoincrement,
                defaultValue);
    }

    /**
     * Return the type as written in messages: the type plus {@code []} for lists.
     * @return the display type
     */
    public String displayType() {
        return this.list ? this.type + "[]" : this.type;
    }

}

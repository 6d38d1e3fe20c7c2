package dev.goofer.ddl.catalog;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The names Prisma gives to an implicit many-to-many join table and its constraints,
 * truncated to the dialect's identifier length as Prisma truncates them.
 */
final class JoinTables {

    private final String tableName;

    private final int maxLength;

    private final DialectKind dialect;

    JoinTables(String name, DialectKind dialect) {
        this.dialect = dialect;
        this.maxLength = switch (dialect) {
            case POSTGRESQL -> 63;
            case MYSQL -> 64;
            case SQLITE -> 10000;
        };
        this.tableName = truncate(name, this.maxLength);
    }

    Table table(@Nullable String namespace, Column columnA, Column columnB, Table tableA, Table tableB,
            boolean foreignKeys) {
        IndexColumn a = IndexColumn.of("A");
        IndexColumn b = IndexColumn.of("B");
        PrimaryKey primaryKey = null;
        List<Index> indexes = new ArrayList<>();
        if (this.dialect == DialectKind.POSTGRESQL) {
            primaryKey = new PrimaryKey(constraint("_AB_pkey"), List.of(a, b));
        }
        else {
            indexes.add(new Index(constraint("_AB_unique"), Index.Kind.UNIQUE, List.of(a, b), null));
        }
        indexes.add(new Index(truncate(this.tableName, this.maxLength - 8) + "_B_index", Index.Kind.NORMAL, List.of(b),
                null));
        List<ForeignKey> fks = new ArrayList<>();
        if (foreignKeys) {
            int maxTableLength = this.maxLength - "_fkey".length() - 2;
            String prefixA = (this.tableName.length() > maxTableLength) ? this.tableName.substring(0, maxTableLength)
                    : this.tableName;
            String prefixB = (this.tableName.length() >= maxTableLength) ? this.tableName.substring(0, maxTableLength)
                    : this.tableName;
            fks.add(foreignKey(prefixA + "_A_fkey", "A", tableA));
            fks.add(foreignKey(prefixB + "_B_fkey", "B", tableB));
        }
        return new Table(namespace, this.tableName, List.of(columnA, columnB), primaryKey, indexes, fks);
    }

    private static ForeignKey foreignKey(String name, String column, Table referenced) {
        PrimaryKey key = referenced.primaryKey();
        if (key == null) {
            throw new IllegalStateException("Table \"" + referenced.name() + "\" has no primary key");
        }
        return new ForeignKey(name, List.of(column), referenced.namespace(), referenced.name(),
                List.of(key.columnNames().get(0)), ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE);
    }

    private String constraint(String suffix) {
        return truncate(this.tableName, this.maxLength - suffix.length()) + suffix;
    }

    private static String truncate(String name, int length) {
        return (name.length() > length) ? name.substring(0, length) : name;
    }

}

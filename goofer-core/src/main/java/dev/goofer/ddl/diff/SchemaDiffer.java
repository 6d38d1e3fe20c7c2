package dev.goofer.ddl.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.ColumnDefault;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.EnumType;
import dev.goofer.ddl.catalog.ForeignKey;
import dev.goofer.ddl.catalog.Index;
import dev.goofer.ddl.catalog.PrimaryKey;
import dev.goofer.ddl.catalog.Table;
import dev.goofer.ddl.catalog.TypeFamily;

/**
 * Computes the migration from one catalog to another for a dialect. Tables, columns,
 * indexes and enums are matched by name; foreign keys by their whole definition. On
 * SQLite, changes that {@code ALTER TABLE} cannot make become table rebuilds, as Prisma
 * does.
 */
public final class SchemaDiffer {

    private final DialectKind dialect;

    private final Steps steps = new Steps();

    private SchemaDiffer(DialectKind dialect) {
        this.dialect = dialect;
    }

    /**
     * Compute the migration from {@code previous} to {@code next}.
     * @param dialect the dialect both catalogs are spelled in
     * @param previous the catalog as it is (for example introspected)
     * @param next the catalog as it must become (for example built from a schema)
     * @return the ordered changes, empty when the catalogs match
     */
    public static Migration diff(DialectKind dialect, Catalog previous, Catalog next) {
        return new SchemaDiffer(dialect).compute(previous, next);
    }

    private Migration compute(Catalog previous, Catalog next) {
        for (String namespace : next.namespaces()) {
            if (!previous.namespaces().contains(namespace)) {
                this.steps.createNamespaces.add(new SchemaChange.CreateNamespace(namespace));
            }
        }
        diffEnums(previous, next);
        for (Table table : next.tables()) {
            Table existing = previous.table(table.namespace(), table.name());
            if (existing == null) {
                createTable(table);
            }
            else {
                diffTable(existing, table);
            }
        }
        for (Table table : previous.tables()) {
            if (next.table(table.namespace(), table.name()) == null) {
                if (this.dialect != DialectKind.SQLITE) {
                    table.foreignKeys()
                        .forEach((fk) -> this.steps.dropForeignKeys.add(new SchemaChange.DropForeignKey(table, fk)));
                }
                this.steps.dropTables.add(new SchemaChange.DropTable(table));
            }
        }
        return new Migration(this.steps.ordered());
    }

    private void diffEnums(Catalog previous, Catalog next) {
        for (EnumType enumType : next.enums()) {
            EnumType existing = previous.enumType(enumType.namespace(), enumType.name());
            if (existing == null) {
                this.steps.createEnums.add(new SchemaChange.CreateEnum(enumType));
                continue;
            }
            if (existing.values().equals(enumType.values())) {
                continue;
            }
            List<String> removed = existing.values().stream().filter((v) -> !enumType.values().contains(v)).toList();
            List<String> added = enumType.values().stream().filter((v) -> !existing.values().contains(v)).toList();
            List<String> kept = enumType.values().stream().filter(existing.values()::contains).toList();
            boolean orderKept = kept.equals(existing.values().stream().filter(enumType.values()::contains).toList());
            if (removed.isEmpty() && orderKept) {
                this.steps.addEnumValues.add(new SchemaChange.AddEnumValues(existing, enumType, added));
            }
            else {
                this.steps.recreateEnums
                    .add(new SchemaChange.RecreateEnum(existing, enumType, removed, usages(previous, next, enumType)));
            }
        }
        for (EnumType enumType : previous.enums()) {
            if (next.enumType(enumType.namespace(), enumType.name()) == null) {
                this.steps.dropEnums.add(new SchemaChange.DropEnum(enumType));
            }
        }
    }

    private static List<SchemaChange.ColumnUsage> usages(Catalog previous, Catalog next, EnumType enumType) {
        List<SchemaChange.ColumnUsage> usages = new ArrayList<>();
        for (Table table : previous.tables()) {
            Table target = next.table(table.namespace(), table.name());
            for (Column column : table.columns()) {
                if (enumType.ref().equals(column.enumRef())) {
                    Column nextColumn = (target != null) ? target.column(column.name()) : null;
                    ColumnDefault nextDefault = (nextColumn != null) ? nextColumn.defaultValue() : null;
                    usages.add(new SchemaChange.ColumnUsage(table, column.name(), column.list(), column.defaultValue(),
                            nextDefault));
                }
            }
        }
        return usages;
    }

    private void createTable(Table table) {
        this.steps.createTables.add(new SchemaChange.CreateTable(table));
        if (this.dialect != DialectKind.MYSQL) {
            table.indexes()
                .forEach((index) -> this.steps.createIndexes.add(new SchemaChange.CreateIndex(table, index)));
        }
        if (this.dialect != DialectKind.SQLITE) {
            table.foreignKeys()
                .forEach((fk) -> this.steps.addForeignKeys.add(new SchemaChange.AddForeignKey(table, fk)));
        }
    }

    private void diffTable(Table previous, Table next) {
        List<TableChange> changes = new ArrayList<>();
        for (Column column : previous.columns()) {
            if (next.column(column.name()) == null) {
                changes.add(new TableChange.DropColumn(column));
            }
        }
        for (Column column : next.columns()) {
            Column existing = previous.column(column.name());
            if (existing == null) {
                changes.add(new TableChange.AddColumn(column));
            }
            else {
                TableChange.AlterColumn alter = alterColumn(existing, column);
                if (alter != null) {
                    changes.add(alter);
                }
            }
        }
        diffPrimaryKey(previous.primaryKey(), next.primaryKey(), changes);
        Set<ForeignKey> droppedFks = new LinkedHashSet<>(previous.foreignKeys());
        next.foreignKeys().forEach(droppedFks::remove);
        Set<ForeignKey> addedFks = new LinkedHashSet<>(next.foreignKeys());
        previous.foreignKeys().forEach(addedFks::remove);
        if (this.dialect == DialectKind.SQLITE && needsRedefine(changes, droppedFks, addedFks)) {
            this.steps.alterTables.add(new SchemaChange.RedefineTable(previous, next, changes));
            return;
        }
        if (!changes.isEmpty()) {
            this.steps.alterTables.add(new SchemaChange.AlterTable(previous, next, changes));
        }
        diffIndexes(previous, next);
        droppedFks.forEach((fk) -> this.steps.dropForeignKeys.add(new SchemaChange.DropForeignKey(previous, fk)));
        addedFks.forEach((fk) -> this.steps.addForeignKeys.add(new SchemaChange.AddForeignKey(next, fk)));
    }

    private TableChange.AlterColumn alterColumn(Column previous, Column next) {
        boolean typeChanged = !previous.type().equals(next.type()) || previous.list() != next.list()
                || !Objects.equals(previous.enumRef(), next.enumRef());
        boolean nullabilityChanged = previous.nullable() != next.nullable();
        boolean ignoreDefault = this.dialect == DialectKind.MYSQL
                && (TypeFamily.of(this.dialect, previous) == TypeFamily.JSON
                        || TypeFamily.of(this.dialect, next) == TypeFamily.JSON);
        boolean json = TypeFamily.of(this.dialect, previous) == TypeFamily.JSON
                && TypeFamily.of(this.dialect, next) == TypeFamily.JSON;
        boolean defaultChanged = !ignoreDefault && !Defaults.match(previous.defaultValue(), next.defaultValue(), json);
        boolean autoincrementChanged = previous.autoincrement() != next.autoincrement();
        if (!typeChanged && !nullabilityChanged && !defaultChanged && !autoincrementChanged) {
            return null;
        }
        boolean safe = !typeChanged || TypeChanges.safe(this.dialect, previous, next);
        return new TableChange.AlterColumn(previous, next, typeChanged, safe, nullabilityChanged, defaultChanged,
                autoincrementChanged);
    }

    private void diffPrimaryKey(PrimaryKey previous, PrimaryKey next, List<TableChange> changes) {
        if (Objects.equals(previous, next)) {
            return;
        }
        if (previous != null && next != null && previous.columns().equals(next.columns())) {
            if (previous.name() != null && next.name() != null) {
                changes.add(new TableChange.RenamePrimaryKey(previous.name(), next.name()));
            }
            return;
        }
        if (previous != null) {
            changes.add(new TableChange.DropPrimaryKey(previous));
        }
        if (next != null) {
            changes.add(new TableChange.AddPrimaryKey(next));
        }
    }

    private boolean needsRedefine(List<TableChange> changes, Set<ForeignKey> droppedFks, Set<ForeignKey> addedFks) {
        if (!droppedFks.isEmpty() || !addedFks.isEmpty()) {
            return true;
        }
        for (TableChange change : changes) {
            if (!(change instanceof TableChange.AddColumn add)) {
                return true;
            }
            Column column = add.column();
            boolean constantDefault = column.defaultValue() instanceof ColumnDefault.Value;
            if (column.autoincrement() || (!column.nullable() && !constantDefault)
                    || (column.defaultValue() != null && !constantDefault)) {
                return true;
            }
        }
        return false;
    }

    private void diffIndexes(Table previous, Table next) {
        List<Index> dropped = new ArrayList<>();
        List<Index> created = new ArrayList<>();
        for (Index index : previous.indexes()) {
            Index target = next.index(index.name());
            if (target == null || !target.sameDefinition(index)) {
                dropped.add(index);
            }
        }
        for (Index index : next.indexes()) {
            Index existing = previous.index(index.name());
            if (existing == null || !existing.sameDefinition(index)) {
                created.add(index);
            }
        }
        if (this.dialect != DialectKind.SQLITE) {
            for (Index index : List.copyOf(dropped)) {
                Index renamed = created.stream().filter(index::sameDefinition).findFirst().orElse(null);
                if (renamed != null && previous.index(renamed.name()) == null) {
                    dropped.remove(index);
                    created.remove(renamed);
                    this.steps.createIndexes.add(new SchemaChange.RenameIndex(next, index, renamed));
                }
            }
        }
        dropped.forEach((index) -> this.steps.dropIndexes.add(new SchemaChange.DropIndex(previous, index)));
        created.forEach((index) -> this.steps.createIndexes.add(new SchemaChange.CreateIndex(next, index)));
        if (this.dialect == DialectKind.MYSQL) {
            keepForeignKeysOfDroppedIndexes(previous, next, dropped);
        }
    }

    private void keepForeignKeysOfDroppedIndexes(Table previous, Table next, List<Index> dropped) {
        for (ForeignKey fk : previous.foreignKeys()) {
            if (!next.foreignKeys().contains(fk)) {
                continue;
            }
            boolean needed = dropped.stream().anyMatch((index) -> startsWith(index.columnNames(), fk.columns()));
            if (needed) {
                this.steps.dropForeignKeys.add(new SchemaChange.DropForeignKey(previous, fk));
                this.steps.addForeignKeys.add(new SchemaChange.AddForeignKey(next, fk));
            }
        }
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * The steps by kind, concatenated in a safe execution order.
     */
    private static final class Steps {

        final List<SchemaChange> createNamespaces = new ArrayList<>();

        final List<SchemaChange> createEnums = new ArrayList<>();

        final List<SchemaChange> addEnumValues = new ArrayList<>();

        final List<SchemaChange> dropForeignKeys = new ArrayList<>();

        final List<SchemaChange> dropIndexes = new ArrayList<>();

        final List<SchemaChange> recreateEnums = new ArrayList<>();

        final List<SchemaChange> alterTables = new ArrayList<>();

        final List<SchemaChange> dropTables = new ArrayList<>();

        final List<SchemaChange> createTables = new ArrayList<>();

        final List<SchemaChange> createIndexes = new ArrayList<>();

        final List<SchemaChange> addForeignKeys = new ArrayList<>();

        final List<SchemaChange> dropEnums = new ArrayList<>();

        List<SchemaChange> ordered() {
            List<SchemaChange> all = new ArrayList<>();
            all.addAll(this.createNamespaces);
            all.addAll(this.createEnums);
            all.addAll(this.addEnumValues);
            all.addAll(new ArrayList<>(new LinkedHashSet<>(this.dropForeignKeys)));
            all.addAll(this.dropIndexes);
            all.addAll(this.recreateEnums);
            all.addAll(this.alterTables);
            all.addAll(this.dropTables);
            all.addAll(this.createTables);
            all.addAll(this.createIndexes);
            all.addAll(new ArrayList<>(new LinkedHashSet<>(this.addForeignKeys)));
            all.addAll(this.dropEnums);
            return all;
        }

    }

}

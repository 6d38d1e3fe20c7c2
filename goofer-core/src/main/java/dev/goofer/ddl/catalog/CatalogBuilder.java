package dev.goofer.ddl.catalog;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.IndexMeta;
import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.metadata.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Computes the catalog Prisma Migrate would create for a schema on a dialect: Prisma's
 * default and native column types, database-side defaults, primary keys, unique
 * constraints as unique indexes, indexes, foreign keys with their effective referential
 * actions (none under {@code relationMode = "prisma"}), native enums on PostgreSQL and
 * the {@code _AToB} join tables of implicit many-to-many relations. Views are left out;
 * models and fields with {@code @ignore}/{@code @@ignore} are kept, as Prisma Migrate
 * keeps them.
 */
public final class CatalogBuilder {

    private final SchemaMeta schema;

    private final DialectKind dialect;

    private CatalogBuilder(SchemaMeta schema, DialectKind dialect) {
        this.schema = schema;
        this.dialect = dialect;
    }

    /**
     * Build the catalog of a schema.
     * @param schema the schema metadata
     * @param dialect the target dialect
     * @return the catalog Prisma would create
     * @throws IllegalArgumentException if the schema uses a feature the dialect lacks
     */
    public static Catalog build(SchemaMeta schema, DialectKind dialect) {
        return new CatalogBuilder(schema, dialect).build();
    }

    private Catalog build() {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (ModelMeta model : this.schema.models()) {
            if (!model.view()) {
                tables.put(model.name(), table(model));
            }
        }
        List<Table> all = new ArrayList<>(tables.values());
        all.addAll(joinTables(tables));
        Set<String> namespaces = new LinkedHashSet<>();
        List<EnumType> enums = new ArrayList<>();
        if (this.dialect == DialectKind.POSTGRESQL) {
            for (EnumMeta enumMeta : this.schema.enums()) {
                enums.add(new EnumType(enumMeta.schema(), enumMeta.databaseName(),
                        enumMeta.values().stream().map(EnumMeta.Value::databaseName).toList()));
                addIfPresent(namespaces, enumMeta.schema());
            }
            all.forEach((table) -> addIfPresent(namespaces, table.namespace()));
        }
        return new Catalog(List.copyOf(namespaces), enums, all);
    }

    private static void addIfPresent(Set<String> namespaces, @Nullable String namespace) {
        if (namespace != null) {
            namespaces.add(namespace);
        }
    }

    private @Nullable String namespace(@Nullable String schemaName) {
        return (this.dialect == DialectKind.POSTGRESQL) ? schemaName : null;
    }

    private Table table(ModelMeta model) {
        List<Column> columns = new ArrayList<>();
        for (ScalarFieldMeta field : model.scalarFields()) {
            columns.add(column(model, field));
        }
        PrimaryKey primaryKey = null;
        if (model.primaryKey() != null) {
            String name = (this.dialect == DialectKind.POSTGRESQL) ? model.primaryKey().constraintName() : null;
            primaryKey = new PrimaryKey(name, indexColumns(model, model.primaryKey().fields(), true, null));
        }
        List<Index> indexes = new ArrayList<>();
        for (UniqueConstraint unique : model.uniques()) {
            indexes.add(new Index(unique.constraintName(), Index.Kind.UNIQUE,
                    indexColumns(model, unique.fields(), false, null), null));
        }
        for (IndexMeta index : model.indexes()) {
            indexes.add(index(model, index));
        }
        return new Table(namespace(model.schema()), model.tableName(), columns, primaryKey, indexes,
                foreignKeys(model));
    }

    private Index index(ModelMeta model, IndexMeta index) {
        Index.Kind kind = Index.Kind.NORMAL;
        if (index.fulltext()) {
            if (this.dialect != DialectKind.MYSQL) {
                throw new IllegalArgumentException("Model \"" + model.name() + "\": @@fulltext indexes need MySQL");
            }
            kind = Index.Kind.FULLTEXT;
        }
        String algorithm = null;
        if (this.dialect == DialectKind.POSTGRESQL && index.algorithm() != null
                && !index.algorithm().equalsIgnoreCase("BTree")) {
            algorithm = index.algorithm().toLowerCase(java.util.Locale.ROOT);
        }
        return new Index(index.indexName(), kind, indexColumns(model, index.fields(), false, algorithm), algorithm);
    }

    private List<IndexColumn> indexColumns(ModelMeta model, List<IndexField> fields, boolean primaryKey,
            @Nullable String algorithm) {
        List<IndexColumn> columns = new ArrayList<>();
        for (IndexField field : fields) {
            String column = model.scalarField(field.field()).columnName();
            boolean descending = field.sort() == SortOrder.DESC;
            if (primaryKey && this.dialect == DialectKind.POSTGRESQL) {
                descending = false;
            }
            Integer length = (this.dialect == DialectKind.MYSQL) ? field.length() : null;
            String operatorClass = (this.dialect == DialectKind.POSTGRESQL)
                    ? OperatorClasses.normalize(field.operatorClass(), algorithm) : null;
            columns.add(new IndexColumn(column, descending, length, operatorClass));
        }
        return columns;
    }

    private List<ForeignKey> foreignKeys(ModelMeta model) {
        List<ForeignKey> foreignKeys = new ArrayList<>();
        if (!this.schema.foreignKeys()) {
            return foreignKeys;
        }
        for (RelationFieldMeta relation : model.relationFields()) {
            if (relation.kind() != RelationKind.FORWARD) {
                continue;
            }
            ModelMeta target = this.schema.target(relation);
            if (target.view()) {
                continue;
            }
            List<String> columns = relation.fields().stream().map((f) -> model.scalarField(f).columnName()).toList();
            List<String> referenced = relation.references()
                .stream()
                .map((f) -> target.scalarField(f).columnName())
                .toList();
            String name = (relation.foreignKeyName() != null) ? relation.foreignKeyName()
                    : model.tableName() + "_" + String.join("_", columns) + "_fkey";
            foreignKeys.add(new ForeignKey(name, columns, namespace(target.schema()), target.tableName(), referenced,
                    action(relation.onDelete()), action(relation.onUpdate())));
        }
        return foreignKeys;
    }

    private static ForeignKeyAction action(ReferentialAction action) {
        return switch (action) {
            case CASCADE -> ForeignKeyAction.CASCADE;
            case RESTRICT -> ForeignKeyAction.RESTRICT;
            case NO_ACTION -> ForeignKeyAction.NO_ACTION;
            case SET_NULL -> ForeignKeyAction.SET_NULL;
            case SET_DEFAULT -> ForeignKeyAction.SET_DEFAULT;
        };
    }

    private Column column(ModelMeta model, ScalarFieldMeta field) {
        EnumMeta enumMeta = (field.type() == ScalarType.ENUM) ? this.schema.enumType(field.enumName()) : null;
        if (field.list() && this.dialect != DialectKind.POSTGRESQL) {
            throw new IllegalArgumentException("Field \"" + field.name() + "\" of model \"" + model.name()
                    + "\": scalar lists need PostgreSQL, not " + this.dialect.displayName());
        }
        String type = ColumnTypes.type(this.dialect, field, enumMeta);
        EnumRef enumRef = (enumMeta != null && this.dialect == DialectKind.POSTGRESQL)
                ? new EnumRef(namespace(enumMeta.schema()), enumMeta.databaseName()) : null;
        boolean autoincrement = field.defaultValue() instanceof DefaultValue.Autoincrement
                || field.defaultValue() instanceof DefaultValue.Sequence;
        if (this.dialect == DialectKind.SQLITE) {
            autoincrement = model.primaryKey() != null && model.primaryKey().fieldNames().equals(List.of(field.name()))
                    && field.type() == ScalarType.INT;
        }
        TypeFamily family = (enumMeta != null) ? TypeFamily.ENUM : TypeFamily.of(this.dialect, type);
        ColumnDefault defaultValue = defaultValue(field, enumMeta, family);
        return new Column(field.columnName(), type, enumRef, field.list(), field.optional() || field.list(),
                autoincrement, defaultValue);
    }

    private @Nullable ColumnDefault defaultValue(ScalarFieldMeta field, @Nullable EnumMeta enumMeta,
            TypeFamily family) {
        DefaultValue value = field.defaultValue();
        if (value == null || value.isClientGenerated() || value instanceof DefaultValue.Autoincrement
                || value instanceof DefaultValue.Sequence) {
            return null;
        }
        if (value instanceof DefaultValue.Now) {
            return new ColumnDefault.Now();
        }
        if (value instanceof DefaultValue.DbGenerated generated) {
            String expression = generated.expression();
            return new ColumnDefault.Expression((expression != null) ? expression : "");
        }
        if (this.dialect == DialectKind.MYSQL && (family == TypeFamily.JSON || family == TypeFamily.BYTES)) {
            return null;
        }
        if (value instanceof DefaultValue.Literal literal) {
            return new ColumnDefault.Value(constant(literal.value(), enumMeta, family));
        }
        if (value instanceof DefaultValue.ListLiteral list) {
            return new ColumnDefault.ListValue(
                    list.values().stream().map((element) -> constant(element, enumMeta, family)).toList());
        }
        throw new IllegalStateException("Unhandled default " + value);
    }

    private static String constant(Object value, @Nullable EnumMeta enumMeta, TypeFamily family) {
        if (enumMeta != null) {
            String name = value.toString();
            return enumMeta.values()
                .stream()
                .filter((v) -> v.name().equals(name))
                .map(EnumMeta.Value::databaseName)
                .findFirst()
                .orElse(name);
        }
        String raw = (value instanceof java.math.BigDecimal decimal) ? decimal.toPlainString() : value.toString();
        if (family == TypeFamily.BYTES && !(value instanceof byte[])) {
            try {
                return HexFormat.of().formatHex(Base64.getDecoder().decode(raw));
            }
            catch (IllegalArgumentException ex) {
                return raw;
            }
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return Literals.canonical(family, raw);
    }

    private List<Table> joinTables(Map<String, Table> tables) {
        Map<String, Table> joinTables = new LinkedHashMap<>();
        for (ModelMeta model : this.schema.models()) {
            for (RelationFieldMeta relation : model.relationFields()) {
                JoinTable joinTable = relation.joinTable();
                if (joinTable == null || !joinTable.selfColumn().equals("A")
                        || joinTables.containsKey(joinTable.name())) {
                    continue;
                }
                ModelMeta target = this.schema.target(relation);
                if (model.view() || target.view()) {
                    continue;
                }
                Table tableA = tables.get(model.name());
                Table tableB = tables.get(target.name());
                JoinTables names = new JoinTables(joinTable.name(), this.dialect);
                Column columnA = joinColumn("A", tableA, model.scalarField(joinTable.selfReference()).columnName());
                Column columnB = joinColumn("B", tableB, target.scalarField(joinTable.targetReference()).columnName());
                String namespace = (joinTable.schema() != null) ? namespace(joinTable.schema()) : tableA.namespace();
                joinTables.put(joinTable.name(),
                        names.table(namespace, columnA, columnB, tableA, tableB, this.schema.foreignKeys()));
            }
        }
        return List.copyOf(joinTables.values());
    }

    private static Column joinColumn(String name, Table table, String referencedColumn) {
        Column referenced = table.column(referencedColumn);
        if (referenced == null) {
            throw new IllegalStateException("Table \"" + table.name() + "\" has no column " + referencedColumn);
        }
        return new Column(name, referenced.type(), referenced.enumRef(), false, false, false, null);
    }

}

package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Set;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * Provider-specific rules on keys and indexes: native types that cannot be indexed (MySQL
 * text and blob types without a length, SQL Server heap types, PostgreSQL XML),
 * PostgreSQL's index algorithms, and CockroachDB's inverted indexes.
 */
final class ProviderRules {

    private static final Set<String> MYSQL_NEEDS_LENGTH = Set.of("Text", "LongText", "MediumText", "TinyText", "Blob",
            "TinyBlob", "MediumBlob", "LongBlob");

    private static final Set<String> SQLSERVER_HEAP = Set.of("Text", "NText", "Image", "Xml");

    private static final String LENGTH_HINT = " Please use the `length` argument to the field in the index definition "
            + "to allow this.";

    private final ValidationContext context;

    ProviderRules(ValidationContext context) {
        this.context = context;
    }

    void check(Model model) {
        Provider provider = this.context.connector.provider();
        if (provider == null) {
            return;
        }
        for (Index index : model.indexes) {
            switch (provider) {
                case MYSQL -> mysqlIndex(index);
                case SQLSERVER -> sqlServerKey(index.fields(), index.isUnique() ? "unique" : "index", index.span());
                case POSTGRESQL -> {
                    postgresXml(index);
                    new PostgresIndexRules(this.context).check(index);
                }
                case COCKROACHDB -> cockroachGin(index);
                case SQLITE -> {
                }
            }
        }
        PrimaryKey key = model.primaryKey;
        if (key != null && provider == Provider.MYSQL) {
            for (IndexField field : key.fields()) {
                NativeType type = field.field().nativeType();
                if (type != null && MYSQL_NEEDS_LENGTH.contains(type.name()) && field.length() == null) {
                    this.context.add(SchemaErrors.nativeTypeNotId(type.toString(), "MySQL", LENGTH_HINT, key.span()));
                    break;
                }
            }
        }
        if (key != null && provider == Provider.SQLSERVER) {
            sqlServerKey(key.fields(), "id", key.span());
        }
    }

    private void mysqlIndex(Index index) {
        if (index.type() == IndexType.FULLTEXT) {
            return;
        }
        for (IndexField field : index.fields()) {
            NativeType type = field.field().nativeType();
            if (type != null && MYSQL_NEEDS_LENGTH.contains(type.name()) && field.length() == null) {
                this.context.add(index.isUnique()
                        ? SchemaErrors.nativeTypeNotUnique(type.toString(), "MySQL", LENGTH_HINT, index.span())
                        : SchemaErrors.nativeTypeNotIndexable(type.toString(), "MySQL", LENGTH_HINT, index.span()));
                return;
            }
        }
    }

    private void sqlServerKey(List<IndexField> fields, String what, SourceSpan span) {
        for (IndexField field : fields) {
            NativeType type = field.field().nativeType();
            boolean heap = type != null && (SQLSERVER_HEAP.contains(type.name())
                    || (type.arguments().size() == 1 && "max".equalsIgnoreCase(type.arguments().get(0))));
            if (heap) {
                this.context.add(switch (what) {
                    case "id" -> SchemaErrors.nativeTypeNotId(type.toString(), "SQL Server", "", span);
                    case "unique" -> SchemaErrors.nativeTypeNotUnique(type.toString(), "SQL Server", "", span);
                    default -> SchemaErrors.nativeTypeNotIndexable(type.toString(), "SQL Server", "", span);
                });
                return;
            }
            if ("id".equals(what) && field.field().scalarType() == ScalarType.BYTES) {
                this.context.add(SchemaErrors.relationValidation(
                        "Invalid model: Using Bytes type is not allowed in the " + "model's id.", span));
                return;
            }
        }
    }

    private void postgresXml(Index index) {
        for (IndexField field : index.fields()) {
            NativeType type = field.field().nativeType();
            if (type != null && "Xml".equals(type.name())) {
                this.context.add(
                        index.isUnique() ? SchemaErrors.nativeTypeNotUnique("Xml", "Postgres", "", field.field().span())
                                : SchemaErrors.nativeTypeNotIndexable("Xml", "Postgres", "", field.field().span()));
                return;
            }
        }
    }

    private void cockroachGin(Index index) {
        if (index.algorithm() != IndexAlgorithm.GIN) {
            return;
        }
        String attribute = IndexRules.attributeName(index);
        List<IndexField> fields = index.fields();
        for (int i = 0; i < fields.size(); i++) {
            IndexField field = fields.get(i);
            if (field.operatorClass() != null) {
                this.context.add(SchemaErrors.invalidAttribute(attribute,
                        "Custom operator classes are not supported with the current connector.", index.span()));
                return;
            }
            if (!PostgresIndexRules.supportsFieldType(IndexAlgorithm.GIN, field.field())) {
                this.context.add(SchemaErrors.invalidAttribute(attribute,
                        "The Gin index type does not support the " + "type of the field `" + field.name() + "`.",
                        index.span()));
            }
            if (field.field().scalarType() == ScalarType.JSON && i < fields.size() - 1) {
                this.context.add(SchemaErrors.invalidAttribute(attribute,
                        "A `Json` column is only allowed as the last column of an inverted index.", index.span()));
            }
        }
    }

}

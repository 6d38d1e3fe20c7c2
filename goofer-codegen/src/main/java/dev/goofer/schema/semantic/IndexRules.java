package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * Index and unique constraint capability rules: fields present, length prefixes, index
 * algorithms, hash sorting, full-text support, clustering, operator classes and client
 * name clashes.
 */
final class IndexRules {

    private final ValidationContext context;

    IndexRules(ValidationContext context) {
        this.context = context;
    }

    void check(Model model, Index index) {
        String attribute = attributeName(index);
        SourceSpan span = index.span();
        if (index.fields().isEmpty()) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "The list of fields in an index cannot be empty. Please specify at least one field.", span));
            return;
        }
        if (index.isUnique() && index.fields().size() > 1 && index.name() == null) {
            String clientName = String.join("_", index.fieldNames());
            if (model.scalarFields().stream().anyMatch((field) -> field.name().equals(clientName))) {
                this.context.add(SchemaErrors.invalidModel(model.keyword(), model.name(),
                        "The field `" + clientName + "` clashes with the `" + attribute
                                + "` name. Please resolve the conflict by providing a custom " + "id name: `"
                                + attribute + "([...], name: \"custom_name\")`",
                        span));
            }
        }
        boolean hasLength = index.fields().stream().anyMatch((field) -> field.length() != null);
        if (hasLength && !this.context.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING)) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "The length argument is not supported in an index definition with the current connector", span));
        }
        else if (hasLength && index.type() != IndexType.FULLTEXT) {
            lengthOnlyOnStringOrBytes(index.fields(), attribute, span, this.context);
        }
        algorithm(index, attribute, span);
        fulltext(index, attribute, span, hasLength);
        clustering(model, index, attribute, span);
        if (index.type() != IndexType.NORMAL && index.fields().stream().anyMatch((f) -> f.operatorClass() != null)) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "Operator classes can only be defined to fields in an @@index attribute.", span));
        }
    }

    static String attributeName(Index index) {
        return switch (index.type()) {
            case NORMAL -> "@@index";
            case UNIQUE -> index.definedOnField() ? "@unique" : "@@unique";
            case FULLTEXT -> "@@fulltext";
        };
    }

    static void lengthOnlyOnStringOrBytes(List<IndexField> fields, String attribute, SourceSpan span,
            ValidationContext context) {
        for (IndexField field : fields) {
            ScalarField scalar = field.field();
            boolean allowed = scalar.kind() == FieldKind.UNSUPPORTED || scalar.scalarType() == ScalarType.STRING
                    || scalar.scalarType() == ScalarType.BYTES;
            if (field.length() != null && !allowed) {
                context.add(SchemaErrors.invalidAttribute(attribute,
                        "The length argument is only allowed with field types `String` or `Bytes`.", span));
                return;
            }
        }
    }

    private void algorithm(Index index, String attribute, SourceSpan span) {
        IndexAlgorithm algorithm = index.algorithm();
        if (algorithm == null) {
            return;
        }
        if (!this.context.connector.indexAlgorithms().contains(algorithm)) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "The given index type is not supported with the current connector", span));
            return;
        }
        if (algorithm == IndexAlgorithm.HASH && index.fields().stream().anyMatch((f) -> f.sortOrder() != null)) {
            this.context.add(SchemaErrors.invalidAttribute(attribute, "Hash type does not support sort option.", span));
        }
    }

    private void fulltext(Index index, String attribute, SourceSpan span, boolean hasLength) {
        if (index.type() != IndexType.FULLTEXT) {
            return;
        }
        if (!this.context.has(Capability.FULL_TEXT_INDEX)) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "Defining fulltext indexes is not supported with the current connector.", span));
            return;
        }
        if (hasLength) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "The length argument is not supported in a @@fulltext attribute.", span));
        }
        if (index.fields().stream().anyMatch((f) -> f.sortOrder() != null)) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "The sort argument is not supported in a @@fulltext attribute in the current connector.", span));
        }
    }

    private void clustering(Model model, Index index, String attribute, SourceSpan span) {
        if (!this.context.has(Capability.CLUSTERING_SETTING)) {
            if (index.clustered() != null) {
                this.context.add(SchemaErrors.invalidAttribute(attribute,
                        "Defining clustering is not supported in the current connector.", span));
            }
            return;
        }
        if (!Boolean.TRUE.equals(index.clustered())) {
            return;
        }
        PrimaryKey key = model.primaryKey;
        if (key != null && !Boolean.FALSE.equals(key.clustered())) {
            this.context.add(SchemaErrors.invalidAttribute(attribute,
                    "A model can only hold one clustered index or key.", span));
        }
        for (Index other : model.indexes) {
            if (other != index && Boolean.TRUE.equals(other.clustered())) {
                this.context
                    .add(SchemaErrors.invalidAttribute(attribute, "A model can only hold one clustered index.", span));
                return;
            }
        }
    }

}

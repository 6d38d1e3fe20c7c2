package dev.goofer.schema.semantic;

import java.util.Map;
import java.util.Set;

import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's generalized index rules: which operator classes, native types and scalar
 * types GiST, GIN, SP-GiST and BRIN indexes accept, and that SP-GiST indexes have one
 * column.
 */
final class PostgresIndexRules {

    private static final Set<String> BRIN_KINDS = Set.of("BloomOps", "MinMaxOps", "MinMaxMultiOps");

    private static final Map<String, String> BRIN_FAMILY_BY_NATIVE = Map.ofEntries(Map.entry("Char", "Bpchar"),
            Map.entry("Date", "Date"), Map.entry("Real", "Float4"), Map.entry("DoublePrecision", "Float8"),
            Map.entry("Inet", "Inet"), Map.entry("SmallInt", "Int2"), Map.entry("Integer", "Int4"),
            Map.entry("BigInt", "Int8"), Map.entry("Decimal", "Numeric"), Map.entry("Oid", "Oid"),
            Map.entry("ByteA", "Bytea"), Map.entry("Text", "Text"), Map.entry("VarChar", "Text"),
            Map.entry("Timestamp", "Timestamp"), Map.entry("Timestamptz", "TimestampTz"), Map.entry("Time", "Time"),
            Map.entry("Timetz", "TimeTz"), Map.entry("Uuid", "Uuid"));

    private static final Map<ScalarType, String> BRIN_FAMILY_BY_SCALAR = Map.of(ScalarType.FLOAT, "Float8",
            ScalarType.INT, "Int4", ScalarType.BIG_INT, "Int8", ScalarType.DECIMAL, "Numeric", ScalarType.BYTES,
            "Bytea", ScalarType.STRING, "Text", ScalarType.DATE_TIME, "Timestamp");

    private final ValidationContext context;

    PostgresIndexRules(ValidationContext context) {
        this.context = context;
    }

    void check(Index index) {
        IndexAlgorithm algorithm = (index.algorithm() != null) ? index.algorithm() : IndexAlgorithm.BTREE;
        String attribute = IndexRules.attributeName(index);
        if (algorithm == IndexAlgorithm.SP_GIST && index.fields().size() > 1) {
            error(index, "SpGist does not support multi-column indices.");
        }
        for (IndexField field : index.fields()) {
            OperatorClass operatorClass = field.operatorClass();
            if (operatorClass != null && operatorClass.raw()) {
                continue;
            }
            String opclass = (operatorClass != null) ? operatorClass.name() : null;
            if (opclass != null && !OperatorClasses.supports(opclass, algorithm)) {
                error(index, "The given operator class `" + opclass + "` is not supported with the `"
                        + algorithm.prismaName() + "` index type.");
                continue;
            }
            NativeType nativeType = field.field().nativeType();
            String nativeName = (nativeType != null) ? nativeType.name() : null;
            String problem = switch (algorithm) {
                case GIST -> ("Inet".equals(nativeName) && "InetOps".equals(opclass)) ? null
                        : mismatch(algorithm, field, nativeName, opclass);
                case GIN -> gin(field, nativeName, opclass);
                case SP_GIST -> spGist(field, nativeName, opclass);
                case BRIN -> brin(field, nativeName, opclass);
                case BTREE, HASH -> null;
            };
            if (problem != null) {
                this.context.add(SchemaErrors.invalidAttribute(attribute, problem, index.span()));
            }
        }
    }

    private @Nullable String gin(IndexField field, @Nullable String nativeName, @Nullable String opclass) {
        ScalarField scalar = field.field();
        boolean json = scalar.scalarType() == ScalarType.JSON;
        if (nativeName == null && opclass == null && json) {
            return null;
        }
        if (opclass == null && scalar.isList()) {
            return null;
        }
        if ("JsonB".equals(nativeName) && (opclass == null || opclass.startsWith("Jsonb"))) {
            return null;
        }
        if (nativeName == null && opclass != null && opclass.startsWith("Jsonb")) {
            return json ? null : "The given operator class `" + opclass + "` points to the field `" + scalar.name()
                    + "` that is not of Json type.";
        }
        if ("ArrayOps".equals(opclass)) {
            return scalar.isList() ? null : "The given operator class `ArrayOps` expects the type of field `"
                    + scalar.name() + "` to be an array.";
        }
        return mismatch(IndexAlgorithm.GIN, field, nativeName, opclass);
    }

    private @Nullable String spGist(IndexField field, @Nullable String nativeName, @Nullable String opclass) {
        boolean string = field.field().scalarType() == ScalarType.STRING;
        if ("Inet".equals(nativeName) && (opclass == null || "InetOps".equals(opclass))) {
            return null;
        }
        if (nativeName == null && opclass == null && string) {
            return null;
        }
        if (nativeName == null && "TextOps".equals(opclass)) {
            return string ? null : "The given operator class `TextOps` points to the field `" + field.name()
                    + "` that is not of String type.";
        }
        if (nativeName != null && Set.of("Text", "VarChar", "Char").contains(nativeName)
                && (opclass == null || "TextOps".equals(opclass))) {
            return null;
        }
        return mismatch(IndexAlgorithm.SP_GIST, field, nativeName, opclass);
    }

    private @Nullable String brin(IndexField field, @Nullable String nativeName, @Nullable String opclass) {
        if ("Bit".equals(nativeName) && (opclass == null || "BitMinMaxOps".equals(opclass))) {
            return null;
        }
        if ("VarBit".equals(nativeName) && (opclass == null || "VarBitMinMaxOps".equals(opclass))) {
            return null;
        }
        if (nativeName != null && BRIN_FAMILY_BY_NATIVE.containsKey(nativeName)) {
            String family = BRIN_FAMILY_BY_NATIVE.get(nativeName);
            if (opclass == null || inFamily(opclass, family)
                    || ("Inet".equals(family) && "InetInclusionOps".equals(opclass))) {
                return null;
            }
            return mismatch(IndexAlgorithm.BRIN, field, nativeName, opclass);
        }
        ScalarType scalarType = field.field().scalarType();
        if (nativeName == null) {
            String family = (scalarType != null) ? BRIN_FAMILY_BY_SCALAR.get(scalarType) : null;
            if (opclass == null && family != null) {
                return null;
            }
            for (Map.Entry<ScalarType, String> entry : BRIN_FAMILY_BY_SCALAR.entrySet()) {
                if (opclass != null && inFamily(opclass, entry.getValue())) {
                    return (entry.getKey() == scalarType) ? null
                            : "The given operator class `" + opclass + "` points to the field `" + field.name()
                                    + "` that is not of " + entry.getKey().prismaName() + " type.";
                }
            }
        }
        return mismatch(IndexAlgorithm.BRIN, field, nativeName, opclass);
    }

    private static boolean inFamily(String opclass, String family) {
        return opclass.startsWith(family) && BRIN_KINDS.contains(opclass.substring(family.length()));
    }

    private static @Nullable String mismatch(IndexAlgorithm algorithm, IndexField field, @Nullable String nativeName,
            @Nullable String opclass) {
        if (nativeName != null && opclass != null) {
            return "The given operator class `" + opclass + "` does not support native type `" + nativeName
                    + "` of field `" + field.name() + "`.";
        }
        if (nativeName != null) {
            return "The " + algorithm.prismaName() + " index field type `" + nativeName
                    + "` has no default operator class.";
        }
        if (opclass != null) {
            return "The given operator class `" + opclass + "` expects the field `" + field.name()
                    + "` to define a valid native type.";
        }
        return supportsFieldType(algorithm, field.field()) ? null : "The " + algorithm.prismaName()
                + " index type does not support the type of the field `" + field.name() + "`.";
    }

    static boolean supportsFieldType(IndexAlgorithm algorithm, ScalarField field) {
        if (field.kind() == FieldKind.UNSUPPORTED) {
            return true;
        }
        ScalarType type = field.scalarType();
        return switch (algorithm) {
            case BTREE, HASH -> true;
            case GIST, SP_GIST -> type == ScalarType.STRING;
            case GIN -> type == ScalarType.JSON || field.isList();
            case BRIN -> type != null && type != ScalarType.BOOLEAN && type != ScalarType.JSON;
        };
    }

    private void error(Index index, String problem) {
        this.context.add(SchemaErrors.invalidAttribute(IndexRules.attributeName(index), problem, index.span()));
    }

}

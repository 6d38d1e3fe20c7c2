package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * The argument ranges of native types per provider (precision, scale, lengths).
 */
final class NativeTypeRanges {

    private final ValidationContext context;

    NativeTypeRanges(ValidationContext context) {
        this.context = context;
    }

    void check(NativeType type, List<Long> values, ScalarType scalarType, SourceSpan span) {
        Provider provider = this.context.connector.provider();
        if (provider == null || values.isEmpty()) {
            return;
        }
        long first = values.get(0);
        String name = type.name();
        if ("Decimal".equals(name) && values.size() == 2 && values.get(1) > first) {
            this.context.add(SchemaErrors.nativeTypeScale(type.toString(), this.context.connector.displayName(), span));
            return;
        }
        String problem = switch (provider) {
            case POSTGRESQL, COCKROACHDB -> postgres(name, first);
            case MYSQL -> mysql(name, values, scalarType);
            case SQLSERVER -> sqlServer(name, values);
            case SQLITE -> null;
        };
        if (problem != null) {
            this.context.add(SchemaErrors.nativeTypeArgumentRange(type.toString(), this.context.connector.displayName(),
                    problem, span));
        }
    }

    private static String postgres(String name, long first) {
        return switch (name) {
            case "Decimal" ->
                (first > 1000 || first == 0) ? "Precision must be positive with a maximum value of 1000." : null;
            case "Bit", "VarBit" -> (first == 0) ? "M must be a positive integer." : null;
            case "Timestamp", "Timestamptz", "Time", "Timetz" -> (first > 6) ? "M can range from 0 to 6." : null;
            default -> null;
        };
    }

    private static String mysql(String name, List<Long> values, ScalarType scalarType) {
        long first = values.get(0);
        return switch (name) {
            case "Decimal" -> (first > 65) ? "Precision can range from 1 to 65."
                    : (values.size() == 2 && values.get(1) > 30) ? "Scale can range from 0 to 30." : null;
            case "Bit" -> (first == 0 || first > 64) ? "M can range from 1 to 64."
                    : (first > 1 && scalarType == ScalarType.BOOLEAN) ? "only Bit(1) can be used as Boolean." : null;
            case "Char" -> (first > 255) ? "M can range from 0 to 255." : null;
            case "VarChar" -> (first > 65535) ? "M can range from 0 to 65,535." : null;
            default -> null;
        };
    }

    private static String sqlServer(String name, List<Long> values) {
        long first = values.get(0);
        return switch (name) {
            case "Decimal" -> (first == 0 || first > 38) ? "Precision can range from 1 to 38."
                    : (values.size() == 2 && values.get(1) > 38) ? "Scale can range from 0 to 38." : null;
            case "Float" -> (first == 0 || first > 53) ? "Bits can range from 1 to 53." : null;
            case "NVarChar" ->
                (first > 4000) ? "Length can range from 1 to 4000. For larger sizes, use the `Max` variant." : null;
            case "VarChar", "VarBinary" ->
                (first > 8000) ? "Length can range from 1 to 8000. For larger sizes, use the `Max` variant." : null;
            case "NChar" -> (first > 4000) ? "Length can range from 1 to 4000." : null;
            case "Char", "Binary" -> (first > 8000) ? "Length can range from 1 to 8000." : null;
            default -> null;
        };
    }

}

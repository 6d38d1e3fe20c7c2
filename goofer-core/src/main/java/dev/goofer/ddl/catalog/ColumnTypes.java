package dev.goofer.ddl.catalog;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.NativeType;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import org.jspecify.annotations.Nullable;

/**
 * Prisma's column types per dialect, in each dialect's canonical spelling (the spelling
 * the introspectors read back). Default types follow Prisma's
 * {@code SCALAR_TYPE_DEFAULTS}; native types follow the {@code @db.*} constructors.
 */
final class ColumnTypes {

    private ColumnTypes() {
    }

    static String type(DialectKind dialect, ScalarFieldMeta field, @Nullable EnumMeta enumMeta) {
        if (field.type() == ScalarType.UNSUPPORTED) {
            String text = (field.unsupportedType() != null) ? field.unsupportedType() : "text";
            return text.toLowerCase(Locale.ROOT);
        }
        return switch (dialect) {
            case POSTGRESQL -> postgres(field, enumMeta);
            case MYSQL -> mysql(field, enumMeta);
            case SQLITE -> sqlite(field);
        };
    }

    private static String postgres(ScalarFieldMeta field, @Nullable EnumMeta enumMeta) {
        if (enumMeta != null) {
            return enumMeta.databaseName();
        }
        NativeType nativeType = field.nativeType();
        if (nativeType == null) {
            return switch (field.type()) {
                case STRING -> "text";
                case BOOLEAN -> "boolean";
                case INT -> "integer";
                case BIGINT -> "bigint";
                case FLOAT -> "double precision";
                case DECIMAL -> "numeric(65,30)";
                case DATETIME -> "timestamp(3) without time zone";
                case JSON -> "jsonb";
                case BYTES -> "bytea";
                default -> throw new IllegalStateException("Unhandled scalar type " + field.type());
            };
        }
        List<String> args = nativeType.arguments();
        return switch (nativeType.name()) {
            case "Text" -> "text";
            case "VarChar" -> "character varying" + args(args);
            case "Char" -> "character" + (args.isEmpty() ? "(1)" : args(args));
            case "Citext" -> "citext";
            case "Inet" -> "inet";
            case "Uuid" -> "uuid";
            case "Xml" -> "xml";
            case "Bit" -> "bit" + (args.isEmpty() ? "(1)" : args(args));
            case "VarBit" -> "bit varying" + args(args);
            case "Boolean" -> "boolean";
            case "SmallInt" -> "smallint";
            case "Integer" -> "integer";
            case "BigInt" -> "bigint";
            case "Oid" -> "oid";
            case "Real" -> "real";
            case "DoublePrecision" -> "double precision";
            case "Decimal" -> "numeric" + decimalArgs(args);
            case "Money" -> "money";
            case "Timestamp" -> "timestamp" + args(args) + " without time zone";
            case "Timestamptz" -> "timestamp" + args(args) + " with time zone";
            case "Date" -> "date";
            case "Time" -> "time" + args(args) + " without time zone";
            case "Timetz" -> "time" + args(args) + " with time zone";
            case "Json" -> "json";
            case "JsonB" -> "jsonb";
            case "ByteA" -> "bytea";
            default -> throw new IllegalArgumentException("Unknown PostgreSQL native type @db." + nativeType);
        };
    }

    private static String mysql(ScalarFieldMeta field, @Nullable EnumMeta enumMeta) {
        if (enumMeta != null) {
            return enumMeta.values()
                .stream()
                .map((value) -> Literals.quote(value.databaseName()))
                .collect(Collectors.joining(",", "enum(", ")"));
        }
        NativeType nativeType = field.nativeType();
        if (nativeType == null) {
            return switch (field.type()) {
                case STRING -> "varchar(191)";
                case BOOLEAN -> "tinyint(1)";
                case INT -> "int";
                case BIGINT -> "bigint";
                case FLOAT -> "double";
                case DECIMAL -> "decimal(65,30)";
                case DATETIME -> "datetime(3)";
                case JSON -> "json";
                case BYTES -> "longblob";
                default -> throw new IllegalStateException("Unhandled scalar type " + field.type());
            };
        }
        List<String> args = nativeType.arguments();
        return switch (nativeType.name()) {
            case "Int" -> "int";
            case "UnsignedInt" -> "int unsigned";
            case "SmallInt" -> "smallint";
            case "UnsignedSmallInt" -> "smallint unsigned";
            case "TinyInt" -> (field.type() == ScalarType.BOOLEAN) ? "tinyint(1)" : "tinyint";
            case "UnsignedTinyInt" -> "tinyint unsigned";
            case "MediumInt" -> "mediumint";
            case "UnsignedMediumInt" -> "mediumint unsigned";
            case "BigInt" -> "bigint";
            case "UnsignedBigInt" -> "bigint unsigned";
            case "Decimal" -> "decimal" + (args.isEmpty() ? "(10,0)" : decimalArgs(args));
            case "Float" -> "float";
            case "Double" -> "double";
            case "Bit" -> "bit" + args(args);
            case "Char" -> "char" + args(args);
            case "VarChar" -> "varchar" + args(args);
            case "Binary" -> "binary" + args(args);
            case "VarBinary" -> "varbinary" + args(args);
            case "TinyBlob", "Blob", "MediumBlob", "LongBlob", "TinyText", "Text", "MediumText", "LongText", "Date",
                    "Year", "Json" ->
                nativeType.name().toLowerCase(Locale.ROOT);
            case "Time", "DateTime", "Timestamp" -> nativeType.name().toLowerCase(Locale.ROOT) + precision(args);
            default -> throw new IllegalArgumentException("Unknown MySQL native type @db." + nativeType);
        };
    }

    private static String sqlite(ScalarFieldMeta field) {
        return switch (field.type()) {
            case STRING, ENUM -> "text";
            case BOOLEAN -> "boolean";
            case INT -> "integer";
            case BIGINT -> "bigint";
            case FLOAT -> "real";
            case DECIMAL -> "decimal";
            case DATETIME -> "datetime";
            case JSON -> "jsonb";
            case BYTES -> "blob";
            default -> throw new IllegalStateException("Unhandled scalar type " + field.type());
        };
    }

    private static String args(List<String> args) {
        return args.isEmpty() ? "" : "(" + String.join(",", args).replace(" ", "") + ")";
    }

    private static String decimalArgs(List<String> args) {
        if (args.isEmpty()) {
            return "";
        }
        return (args.size() == 1) ? "(" + args.get(0).trim() + ",0)" : args(args);
    }

    private static String precision(List<String> args) {
        return (args.isEmpty() || args.get(0).trim().equals("0")) ? "" : args(args);
    }

}

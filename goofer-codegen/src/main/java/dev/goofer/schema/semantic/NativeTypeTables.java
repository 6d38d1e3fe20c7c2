package dev.goofer.schema.semantic;

import java.util.Map;

import static dev.goofer.schema.semantic.NativeTypeSpec.optionalLengthOrMax;
import static dev.goofer.schema.semantic.NativeTypeSpec.optionalNumber;
import static dev.goofer.schema.semantic.NativeTypeSpec.optionalPrecision;
import static dev.goofer.schema.semantic.NativeTypeSpec.plain;
import static dev.goofer.schema.semantic.NativeTypeSpec.requiredNumber;
import static dev.goofer.schema.semantic.ScalarType.BIG_INT;
import static dev.goofer.schema.semantic.ScalarType.BOOLEAN;
import static dev.goofer.schema.semantic.ScalarType.BYTES;
import static dev.goofer.schema.semantic.ScalarType.DATE_TIME;
import static dev.goofer.schema.semantic.ScalarType.DECIMAL;
import static dev.goofer.schema.semantic.ScalarType.FLOAT;
import static dev.goofer.schema.semantic.ScalarType.INT;
import static dev.goofer.schema.semantic.ScalarType.JSON;
import static dev.goofer.schema.semantic.ScalarType.STRING;

/**
 * The native types of each SQL provider, with their argument counts and the scalar types
 * they can back, as Prisma 6 and 7 define them.
 */
final class NativeTypeTables {

    private NativeTypeTables() {
    }

    static Map<String, NativeTypeSpec> postgres() {
        return Connector.index(plain("SmallInt", INT), plain("Integer", INT), plain("BigInt", BIG_INT),
                optionalPrecision("Decimal", DECIMAL), plain("Money", DECIMAL), plain("Inet", STRING),
                plain("Oid", INT), plain("Citext", STRING), plain("Real", FLOAT), plain("DoublePrecision", FLOAT),
                optionalNumber("VarChar", STRING), optionalNumber("Char", STRING), plain("Text", STRING),
                plain("ByteA", BYTES), optionalNumber("Timestamp", DATE_TIME), optionalNumber("Timestamptz", DATE_TIME),
                plain("Date", DATE_TIME), optionalNumber("Time", DATE_TIME), optionalNumber("Timetz", DATE_TIME),
                plain("Boolean", BOOLEAN), optionalNumber("Bit", STRING), optionalNumber("VarBit", STRING),
                plain("Uuid", STRING), plain("Xml", STRING), plain("Json", JSON), plain("JsonB", JSON));
    }

    static Map<String, NativeTypeSpec> cockroach() {
        return Connector.index(optionalNumber("Bit", STRING), plain("Bool", BOOLEAN), plain("Bytes", BYTES),
                optionalNumber("Char", STRING), plain("Date", DATE_TIME), optionalPrecision("Decimal", DECIMAL),
                plain("Float4", FLOAT), plain("Float8", FLOAT), plain("Inet", STRING), plain("Int2", INT),
                plain("Int4", INT), plain("Int8", BIG_INT), plain("JsonB", JSON), plain("Oid", INT),
                plain("CatalogSingleChar", STRING), optionalNumber("String", STRING), optionalNumber("Time", DATE_TIME),
                optionalNumber("Timestamp", DATE_TIME), optionalNumber("Timestamptz", DATE_TIME),
                optionalNumber("Timetz", DATE_TIME), plain("Uuid", STRING), optionalNumber("VarBit", STRING));
    }

    static Map<String, NativeTypeSpec> mysql() {
        return Connector.index(plain("Int", INT), plain("UnsignedInt", INT), plain("SmallInt", INT),
                plain("UnsignedSmallInt", INT), plain("TinyInt", BOOLEAN, INT), plain("UnsignedTinyInt", BOOLEAN, INT),
                plain("MediumInt", INT), plain("UnsignedMediumInt", INT), plain("BigInt", BIG_INT),
                optionalPrecision("Decimal", DECIMAL), plain("UnsignedBigInt", BIG_INT), plain("Float", FLOAT),
                plain("Double", FLOAT), requiredNumber("Bit", BOOLEAN, BYTES), requiredNumber("Char", STRING),
                requiredNumber("VarChar", STRING), requiredNumber("Binary", BYTES), requiredNumber("VarBinary", BYTES),
                plain("TinyBlob", BYTES), plain("Blob", BYTES), plain("MediumBlob", BYTES), plain("LongBlob", BYTES),
                plain("TinyText", STRING), plain("Text", STRING), plain("MediumText", STRING),
                plain("LongText", STRING), plain("Date", DATE_TIME), optionalNumber("Time", DATE_TIME),
                optionalNumber("DateTime", DATE_TIME), optionalNumber("Timestamp", DATE_TIME), plain("Year", INT),
                plain("Json", JSON));
    }

    static Map<String, NativeTypeSpec> sqlite() {
        return Map.of();
    }

    static Map<String, NativeTypeSpec> sqlServer() {
        return Connector.index(plain("TinyInt", INT), plain("SmallInt", INT), plain("Int", INT),
                plain("BigInt", BIG_INT), optionalPrecision("Decimal", DECIMAL), plain("Money", FLOAT),
                plain("SmallMoney", FLOAT), plain("Bit", BOOLEAN, INT), optionalNumber("Float", FLOAT),
                plain("Real", FLOAT), plain("Date", DATE_TIME), plain("Time", DATE_TIME), plain("DateTime", DATE_TIME),
                plain("DateTime2", DATE_TIME), plain("DateTimeOffset", DATE_TIME), plain("SmallDateTime", DATE_TIME),
                optionalNumber("Char", STRING), optionalNumber("NChar", STRING), optionalLengthOrMax("VarChar", STRING),
                plain("Text", STRING), optionalLengthOrMax("NVarChar", STRING), plain("NText", STRING),
                optionalNumber("Binary", BYTES), optionalLengthOrMax("VarBinary", BYTES), plain("Image", BYTES),
                plain("Xml", STRING), plain("UniqueIdentifier", STRING));
    }

}

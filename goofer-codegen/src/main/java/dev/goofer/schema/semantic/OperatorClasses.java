package dev.goofer.schema.semantic;

import java.util.Set;

/**
 * The PostgreSQL operator classes Prisma knows, and which index type each belongs to.
 */
final class OperatorClasses {

    private static final Set<String> GIN = Set.of("JsonbOps", "JsonbPathOps", "ArrayOps");

    private static final Set<String> BRIN = Set.of("BitMinMaxOps", "VarBitMinMaxOps", "BpcharBloomOps",
            "BpcharMinMaxOps", "ByteaBloomOps", "ByteaMinMaxOps", "DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps",
            "Float4BloomOps", "Float4MinMaxOps", "Float4MinMaxMultiOps", "Float8BloomOps", "Float8MinMaxOps",
            "Float8MinMaxMultiOps", "InetInclusionOps", "InetBloomOps", "InetMinMaxOps", "InetMinMaxMultiOps",
            "Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps", "Int4BloomOps", "Int4MinMaxOps",
            "Int4MinMaxMultiOps", "Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps", "NumericBloomOps",
            "NumericMinMaxOps", "NumericMinMaxMultiOps", "OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps",
            "TextBloomOps", "TextMinMaxOps", "TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps",
            "TimestampTzBloomOps", "TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps", "TimeBloomOps", "TimeMinMaxOps",
            "TimeMinMaxMultiOps", "TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps", "UuidBloomOps",
            "UuidMinMaxOps", "UuidMinMaxMultiOps");

    private OperatorClasses() {
    }

    static boolean isKnown(String name) {
        return "InetOps".equals(name) || "TextOps".equals(name) || GIN.contains(name) || BRIN.contains(name);
    }

    static boolean supports(String name, IndexAlgorithm algorithm) {
        if ("InetOps".equals(name)) {
            return algorithm == IndexAlgorithm.GIST || algorithm == IndexAlgorithm.SP_GIST;
        }
        if ("TextOps".equals(name)) {
            return algorithm == IndexAlgorithm.SP_GIST;
        }
        if (GIN.contains(name)) {
            return algorithm == IndexAlgorithm.GIN;
        }
        return algorithm == IndexAlgorithm.BRIN;
    }

}

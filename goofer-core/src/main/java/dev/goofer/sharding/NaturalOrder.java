package dev.goofer.sharding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

import dev.goofer.types.Bytes;
import dev.goofer.types.DatabaseEnum;

/**
 * The order of non-null values as the databases sort them: numbers by value whatever
 * their Java type, strings by a given comparator (by default Unicode code point, as
 * PostgreSQL's {@code C} collation and MySQL's {@code _bin} collations), booleans false
 * first, byte strings unsigned byte by byte, date-times by instant.
 */
final class NaturalOrder {

    /** Strings by Unicode code point, the order of the {@code C} collation. */
    static final Comparator<String> CODE_POINT = NaturalOrder::compareCodePoints;

    private NaturalOrder() {
    }

    static int compare(Object a, Object b) {
        return compare(a, b, CODE_POINT);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static int compare(Object a, Object b, Comparator<String> strings) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (a instanceof DatabaseEnum || b instanceof DatabaseEnum) {
            return strings.compare(text(a), text(b));
        }
        if (a instanceof String x && b instanceof String y) {
            return strings.compare(x, y);
        }
        if (a instanceof Bytes x && b instanceof Bytes y) {
            return Arrays.compareUnsigned(x.toByteArray(), y.toByteArray());
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        Object x = ShardKey.normalize(a);
        Object y = ShardKey.normalize(b);
        if (x instanceof Comparable && x.getClass() == y.getClass()) {
            return ((Comparable) x).compareTo(y);
        }
        return strings.compare(a.toString(), b.toString());
    }

    private static String text(Object value) {
        return (value instanceof DatabaseEnum databaseEnum) ? databaseEnum.databaseValue() : value.toString();
    }

    static int compareNumbers(Number a, Number b) {
        if (integral(a) && integral(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
                return Double.compare(x, y);
            }
        }
        return decimal(a).compareTo(decimal(b));
    }

    static boolean integral(Number number) {
        return number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte;
    }

    static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (integral(number)) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(number.doubleValue());
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

}

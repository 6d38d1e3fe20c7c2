package dev.goofer.ddl.diff;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.goofer.ddl.catalog.Column;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.catalog.TypeFamily;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a column type change keeps every value (a widening such as
 * {@code integer} to {@code bigint} or {@code varchar(50)} to {@code varchar(100)}) or
 * may lose or reject values (anything else), as Prisma's safe and risky casts do.
 */
final class TypeChanges {

    private static final Pattern ARGS = Pattern.compile("^\\((\\d+)(?:,\\s*(\\d+))?\\)(.*)$");

    private static final List<String> PG_INTS = List.of("smallint", "integer", "bigint");

    private static final List<String> MYSQL_INTS = List.of("tinyint", "smallint", "mediumint", "int", "bigint");

    private static final List<String> MYSQL_TEXTS = List.of("tinytext", "text", "mediumtext", "longtext");

    private static final List<String> MYSQL_BLOBS = List.of("tinyblob", "blob", "mediumblob", "longblob");

    private TypeChanges() {
    }

    static boolean safe(DialectKind dialect, Column previous, Column next) {
        if (previous.list() != next.list()) {
            return false;
        }
        TypeFamily from = TypeFamily.of(dialect, previous);
        TypeFamily to = TypeFamily.of(dialect, next);
        if (from == TypeFamily.ENUM || to == TypeFamily.ENUM) {
            return enumSafe(dialect, previous, next, to);
        }
        Type a = Type.parse(previous.type());
        Type b = Type.parse(next.type());
        if (a == null || b == null) {
            return false;
        }
        return switch (dialect) {
            case POSTGRESQL -> postgresSafe(a, b, from, to);
            case MYSQL -> mysqlSafe(a, b, from, to);
            case SQLITE -> from == to || (from == TypeFamily.INT && to.numeric()) || to == TypeFamily.STRING;
        };
    }

    private static boolean enumSafe(DialectKind dialect, Column previous, Column next, TypeFamily to) {
        if (to == TypeFamily.STRING) {
            return !next.type().startsWith("varchar") && !next.type().startsWith("character varying(");
        }
        if (dialect == DialectKind.MYSQL && previous.type().startsWith("enum(") && next.type().startsWith("enum(")) {
            List<String> before = enumValues(previous.type());
            return enumValues(next.type()).containsAll(before);
        }
        return false;
    }

    private static List<String> enumValues(String type) {
        String inner = type.substring(5, type.length() - 1);
        return Arrays.asList(inner.split(",(?=')"));
    }

    private static boolean postgresSafe(Type a, Type b, TypeFamily from, TypeFamily to) {
        if (b.base.equals("text")) {
            return true;
        }
        if (PG_INTS.contains(a.base) && PG_INTS.contains(b.base)) {
            return PG_INTS.indexOf(b.base) >= PG_INTS.indexOf(a.base);
        }
        if (from == TypeFamily.INT && (b.base.equals("double precision") || b.base.equals("numeric"))) {
            return b.base.equals("double precision") || b.first == null || b.first - b.secondOrZero() >= 10;
        }
        if (from == TypeFamily.BIGINT && b.base.equals("numeric")) {
            return b.first == null || b.first - b.secondOrZero() >= 19;
        }
        if (a.base.equals("real") && b.base.equals("double precision")) {
            return true;
        }
        if (a.base.equals("character varying") || a.base.equals("character")) {
            return b.base.equals("character varying") && (b.first == null || (a.first != null && b.first >= a.first));
        }
        if (a.base.equals("numeric") && b.base.equals("numeric")) {
            return decimalWidens(a, b);
        }
        if (a.base.equals(b.base) && a.suffix.equals(b.suffix) && to == TypeFamily.DATETIME) {
            return precision(b, 6) >= precision(a, 6);
        }
        return false;
    }

    private static boolean mysqlSafe(Type a, Type b, TypeFamily from, TypeFamily to) {
        boolean aUnsigned = a.suffix.contains("unsigned");
        boolean bUnsigned = b.suffix.contains("unsigned");
        if (MYSQL_INTS.contains(a.base) && MYSQL_INTS.contains(b.base) && from != TypeFamily.BOOLEAN) {
            int rankA = MYSQL_INTS.indexOf(a.base);
            int rankB = MYSQL_INTS.indexOf(b.base);
            if (aUnsigned == bUnsigned) {
                return rankB >= rankA;
            }
            return aUnsigned && !bUnsigned && rankB > rankA;
        }
        if (from == TypeFamily.BOOLEAN && MYSQL_INTS.contains(b.base)) {
            return true;
        }
        if ((a.base.equals("varchar") || a.base.equals("char")) && a.first != null) {
            if (b.base.equals("varchar") && b.first != null) {
                return b.first >= a.first;
            }
            int needed = a.first * 4;
            return (b.base.equals("text") && needed <= 65535) || b.base.equals("mediumtext")
                    || b.base.equals("longtext");
        }
        if (MYSQL_TEXTS.contains(a.base) && MYSQL_TEXTS.contains(b.base)) {
            return MYSQL_TEXTS.indexOf(b.base) >= MYSQL_TEXTS.indexOf(a.base);
        }
        if (MYSQL_BLOBS.contains(a.base) && MYSQL_BLOBS.contains(b.base)) {
            return MYSQL_BLOBS.indexOf(b.base) >= MYSQL_BLOBS.indexOf(a.base);
        }
        if (a.base.equals("float") && b.base.equals("double")) {
            return true;
        }
        if (a.base.equals("decimal") && b.base.equals("decimal")) {
            return decimalWidens(a, b);
        }
        if (a.base.equals(b.base) && to == TypeFamily.DATETIME) {
            return precision(b, 0) >= precision(a, 0);
        }
        return from == TypeFamily.INT && to == TypeFamily.BIGINT;
    }

    private static boolean decimalWidens(Type a, Type b) {
        if (b.first == null) {
            return true;
        }
        if (a.first == null) {
            return false;
        }
        return b.first - b.secondOrZero() >= a.first - a.secondOrZero() && b.secondOrZero() >= a.secondOrZero();
    }

    private static int precision(Type type, int fallback) {
        return (type.first != null) ? type.first : fallback;
    }

    private record Type(String base, @Nullable Integer first, @Nullable Integer second, String suffix) {

        static @Nullable Type parse(String type) {
            String text = type.trim();
            int open = text.indexOf('(');
            if (open < 0) {
                int with = text.indexOf(" with");
                return (with < 0) ? new Type(text, null, null, "")
                        : new Type(text.substring(0, with), null, null, text.substring(with + 1));
            }
            Matcher matcher = ARGS.matcher(text.substring(open));
            if (!matcher.matches()) {
                return null;
            }
            Integer first = Integer.valueOf(matcher.group(1));
            Integer second = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
            return new Type(text.substring(0, open).trim(), first, second, matcher.group(3).trim());
        }

        int secondOrZero() {
            return (this.second != null) ? this.second : 0;
        }

    }

}

package dev.goofer.ddl.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Canonical text of default values, shared by the catalog builder and the introspectors
 * so that a default written in a schema and the same default read back from a database
 * compare equal.
 */
public final class Literals {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final DateTimeFormatter FLEXIBLE = new java.time.format.DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .optionalStart()
        .appendLiteral('T')
        .optionalEnd()
        .optionalStart()
        .appendLiteral(' ')
        .optionalEnd()
        .append(DateTimeFormatter.ISO_LOCAL_TIME)
        .optionalStart()
        .appendOffset("+HH:mm", "Z")
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HH", "Z")
        .optionalEnd()
        .toFormatter(Locale.ROOT);

    private Literals() {
    }

    /**
     * Return the canonical text of a constant of the given family.
     * @param family the column's type family
     * @param raw the value as written or as read from the database, unquoted
     * @return the canonical text
     */
    public static String canonical(TypeFamily family, String raw) {
        return switch (family) {
            case INT, BIGINT, FLOAT, DECIMAL -> number(raw);
            case BOOLEAN -> bool(raw);
            case DATETIME -> dateTime(raw);
            case JSON -> json(raw);
            case BYTES -> raw.toLowerCase(Locale.ROOT);
            default -> raw;
        };
    }

    /**
     * Return a number in plain notation without trailing zeros.
     * @param raw the number text
     * @return the canonical number, or {@code raw} if it is not a number
     */
    public static String number(String raw) {
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
        }
        catch (NumberFormatException ex) {
            return raw;
        }
    }

    /**
     * Return {@code true} or {@code false} for the boolean spellings databases use.
     * @param raw the boolean text
     * @return the canonical boolean, or {@code raw}
     */
    public static String bool(String raw) {
        String text = raw.trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "t", "1", "b'1'" -> "true";
            case "false", "f", "0", "b'0'" -> "false";
            default -> raw;
        };
    }

    /**
     * Return a date-time as {@code yyyy-MM-dd HH:mm:ss[.fff]} in UTC, or a date as
     * {@code yyyy-MM-dd}.
     * @param raw the date-time text
     * @return the canonical date-time, or {@code raw} if it cannot be parsed
     */
    public static String dateTime(String raw) {
        String text = raw.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).toString();
            }
            java.time.temporal.TemporalAccessor parsed = FLEXIBLE.parse(text);
            LocalDateTime local = LocalDateTime.from(parsed);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                local = OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime();
            }
            String formatted = local.format(LOCAL);
            int nanos = local.getNano();
            if (nanos != 0) {
                String fraction = String.format(Locale.ROOT, "%09d", nanos).replaceAll("0+$", "");
                formatted = formatted + "." + fraction;
            }
            return formatted;
        }
        catch (DateTimeParseException ex) {
            return raw;
        }
    }

    /**
     * Return JSON text without insignificant white space.
     * @param raw the JSON text
     * @return the compacted JSON
     */
    public static String json(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean inString = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < raw.length()) {
                    out.append(raw.charAt(++i));
                }
                else if (c == '"') {
                    inString = false;
                }
            }
            else if (c == '"') {
                inString = true;
                out.append(c);
            }
            else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Quote a string as an SQL literal, doubling single quotes.
     * @param value the string
     * @return the quoted literal
     */
    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Undo {@link #quote}: strip the quotes and un-double single quotes. Backslash
     * escapes (MySQL) are resolved too when {@code backslashEscapes} is set.
     * @param literal the quoted literal
     * @param backslashEscapes whether backslash escapes are used
     * @return the string value
     */
    public static String unquote(String literal, boolean backslashEscapes) {
        String inner = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'' && i + 1 < inner.length() && inner.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            }
            else if (backslashEscapes && c == '\\' && i + 1 < inner.length()) {
                char next = inner.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> next;
                });
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }

}

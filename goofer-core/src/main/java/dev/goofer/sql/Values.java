package dev.goofer.sql;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.types.Bytes;
import dev.goofer.types.DatabaseEnum;
import dev.goofer.types.Json;
import org.jspecify.annotations.Nullable;

/**
 * Conversions between Java values and JDBC values shared by the dialects.
 */
final class Values {

    private static final DateTimeFormatter SQLITE_TEXT = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd")
        .optionalStart()
        .appendLiteral(' ')
        .optionalEnd()
        .optionalStart()
        .appendLiteral('T')
        .optionalEnd()
        .optionalStart()
        .appendPattern("HH:mm")
        .optionalStart()
        .appendPattern(":ss")
        .optionalEnd()
        .optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
        .optionalEnd()
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HH:MM", "Z")
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HHMM", "Z")
        .optionalEnd()
        .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
        .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
        .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
        .toFormatter();

    private Values() {
    }

    /**
     * Convert a Java value to the JDBC value most dialects bind.
     */
    static Object common(ScalarFieldMeta field, Object value) {
        ScalarType type = field.type();
        if (type == ScalarType.ENUM) {
            return (value instanceof DatabaseEnum databaseEnum) ? databaseEnum.databaseValue() : value.toString();
        }
        if (type == ScalarType.DATETIME) {
            return LocalDateTime.ofInstant(instant(value), ZoneOffset.UTC);
        }
        if (type == ScalarType.JSON) {
            return (value instanceof Json json) ? json.text() : value.toString();
        }
        if (type == ScalarType.BYTES) {
            return (value instanceof Bytes bytes) ? bytes.toByteArray() : value;
        }
        if (type == ScalarType.DECIMAL && !(value instanceof BigDecimal)) {
            return new BigDecimal(value.toString());
        }
        if (type == ScalarType.BIGINT && value instanceof Integer integer) {
            return integer.longValue();
        }
        if (type == ScalarType.FLOAT && value instanceof Number number && !(value instanceof Double)) {
            return number.doubleValue();
        }
        return value;
    }

    /**
     * Convert a date-time value to an instant truncated to Prisma's millisecond
     * precision.
     */
    static Instant instant(Object value) {
        Instant instant;
        if (value instanceof Instant given) {
            instant = given;
        }
        else if (value instanceof OffsetDateTime offset) {
            instant = offset.toInstant();
        }
        else if (value instanceof ZonedDateTime zoned) {
            instant = zoned.toInstant();
        }
        else if (value instanceof LocalDateTime local) {
            instant = local.toInstant(ZoneOffset.UTC);
        }
        else if (value instanceof java.util.Date date) {
            instant = date.toInstant();
        }
        else {
            throw new IllegalArgumentException("Not a DateTime value: " + value.getClass().getName());
        }
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static List<Object> listElements(Dialect dialect, ScalarFieldMeta field, Object value) {
        ScalarFieldMeta element = elementField(field);
        List<Object> elements = new ArrayList<>();
        for (Object item : (Iterable<?>) value) {
            elements.add((item != null) ? common(element, item) : null);
        }
        return elements;
    }

    static ScalarFieldMeta elementField(ScalarFieldMeta field) {
        return new ScalarFieldMeta(field.name(), field.columnName(), field.type(), field.enumName(), true, false,
                field.nativeType(), null, false, false, field.unsupportedType(), null);
    }

    static @Nullable Object read(Dialect dialect, ResultSet resultSet, int index, ScalarFieldMeta field,
            boolean nullable) throws SQLException {
        if (field.list()) {
            return readList(resultSet.getArray(index), field);
        }
        switch (field.type()) {
            case INT: {
                int value = resultSet.getInt(index);
                return (nullable && resultSet.wasNull()) ? null : value;
            }
            case BIGINT: {
                long value = resultSet.getLong(index);
                return (nullable && resultSet.wasNull()) ? null : value;
            }
            case FLOAT: {
                double value = resultSet.getDouble(index);
                return (nullable && resultSet.wasNull()) ? null : value;
            }
            case BOOLEAN: {
                boolean value = resultSet.getBoolean(index);
                return (nullable && resultSet.wasNull()) ? null : value;
            }
            case DECIMAL:
                return decimal(resultSet.getObject(index));
            case STRING:
            case ENUM:
                return resultSet.getString(index);
            case DATETIME:
                return dateTime(dialect, resultSet, index, field);
            case JSON: {
                String text = resultSet.getString(index);
                return (text != null) ? Json.of(text) : null;
            }
            case BYTES: {
                byte[] bytes = resultSet.getBytes(index);
                return (bytes != null) ? Bytes.of(bytes) : null;
            }
            default:
                return resultSet.getObject(index);
        }
    }

    private static @Nullable Instant dateTime(Dialect dialect, ResultSet resultSet, int index, ScalarFieldMeta field)
            throws SQLException {
        if (dialect instanceof SqliteDialect) {
            return sqliteInstant(resultSet.getObject(index));
        }
        String nativeType = (field.nativeType() != null) ? field.nativeType().name() : "";
        if (nativeType.equals("Timestamptz")) {
            OffsetDateTime value = resultSet.getObject(index, OffsetDateTime.class);
            return (value != null) ? value.toInstant() : null;
        }
        if (nativeType.equals("Date")) {
            java.time.LocalDate value = resultSet.getObject(index, java.time.LocalDate.class);
            return (value != null) ? value.atStartOfDay().toInstant(ZoneOffset.UTC) : null;
        }
        if (nativeType.equals("Time") || nativeType.equals("Timetz")) {
            java.time.LocalTime value = resultSet.getObject(index, java.time.LocalTime.class);
            return (value != null) ? value.atDate(java.time.LocalDate.EPOCH).toInstant(ZoneOffset.UTC) : null;
        }
        return localInstant(resultSet.getObject(index, LocalDateTime.class));
    }

    static @Nullable BigDecimal decimal(@Nullable Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return new BigDecimal(value.toString());
    }

    static @Nullable Instant localInstant(@Nullable LocalDateTime value) {
        return (value != null) ? value.toInstant(ZoneOffset.UTC) : null;
    }

    static @Nullable Instant sqliteInstant(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        String text = value.toString().trim();
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        var parsed = SQLITE_TEXT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return (parsed instanceof OffsetDateTime offset) ? offset.toInstant()
                : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable List<Object> readList(@Nullable Array array, ScalarFieldMeta field) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] elements = (Object[]) array.getArray();
        List<Object> list = new ArrayList<>(elements.length);
        for (Object element : elements) {
            list.add(listElement(element, field.type()));
        }
        return Collections.unmodifiableList(list);
    }

    private static @Nullable Object listElement(@Nullable Object element, ScalarType type) {
        if (element == null) {
            return null;
        }
        if (type == ScalarType.DATETIME && element instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (type == ScalarType.JSON) {
            return Json.of(element.toString());
        }
        if (type == ScalarType.BYTES && element instanceof byte[] bytes) {
            return Bytes.of(bytes);
        }
        if (type == ScalarType.ENUM) {
            return element.toString();
        }
        if (type == ScalarType.DECIMAL) {
            return decimal(element);
        }
        return element;
    }

    static void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        }
        else if (value instanceof SqlParameter parameter) {
            bindParameter(statement, index, parameter);
        }
        else {
            statement.setObject(index, value);
        }
    }

    private static void bindParameter(PreparedStatement statement, int index, SqlParameter parameter)
            throws SQLException {
        if (parameter.value() == null) {
            statement.setNull(index, Types.NULL);
        }
        else if (parameter.kind() == SqlParameter.Kind.ARRAY) {
            List<?> elements = (List<?>) parameter.value();
            Array array = statement.getConnection()
                .createArrayOf(java.util.Objects.requireNonNull(parameter.typeName()), elements.toArray());
            statement.setArray(index, array);
        }
        else {
            statement.setObject(index, parameter.value(), Types.OTHER);
        }
    }

}

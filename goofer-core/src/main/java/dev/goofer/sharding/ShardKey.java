package dev.goofer.sharding;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.goofer.types.Bytes;
import dev.goofer.types.DatabaseEnum;

/**
 * The shard key of one record: the values of the model's shard key fields, in key order.
 *
 * <p>
 * {@link #canonicalBytes()} is the stable encoding that {@link HashShardingStrategy}
 * hashes, independent of the JVM and of the Java type a value arrived in: for each value,
 * a one-byte tag, the payload length as a 4-byte big-endian int, then the payload:
 * <ul>
 * <li>{@code 'I'}: integral numbers ({@code Byte}, {@code Short}, {@code Integer},
 * {@code Long}, and {@code BigInteger}/{@code BigDecimal} without a fraction that fit a
 * {@code long}) as an 8-byte big-endian two's complement {@code long};</li>
 * <li>{@code 'N'}: larger integers, {@code BigInteger.toByteArray()};</li>
 * <li>{@code 'D'}: other decimals, {@code stripTrailingZeros().toPlainString()} in
 * UTF-8;</li>
 * <li>{@code 'F'}: {@code Float}/{@code Double} as the 8-byte IEEE 754 bits of the
 * {@code double} ({@code -0.0} as {@code 0.0}, one canonical NaN);</li>
 * <li>{@code 'S'}: strings and UUIDs (lowercase text) in UTF-8; enum values as their
 * database value, so a generated enum constant and the stored text route alike;</li>
 * <li>{@code 'B'}: booleans as one byte, 0 or 1;</li>
 * <li>{@code 'X'}: {@code Bytes} and {@code byte[]} as is;</li>
 * <li>{@code 'T'}: date-times as the instant's epoch seconds (8 bytes) and nanoseconds (4
 * bytes); a {@code LocalDateTime} is read as UTC, as Goofer stores it.</li>
 * </ul>
 *
 * @param model the model name
 * @param fields the shard key field names, in key order
 * @param values the values, in key order, never {@code null}
 */
public record ShardKey(String model, List<String> fields, List<Object> values) {

    public ShardKey {
        Objects.requireNonNull(model, "model");
        fields = List.copyOf(fields);
        values = List.copyOf(values);
        if (fields.isEmpty() || fields.size() != values.size()) {
            throw new IllegalArgumentException(
                    "A shard key of \"" + model + "\" needs one value per field " + fields + ", got " + values.size());
        }
    }

    /**
     * Return the value of the first (for single-field keys, the only) key field.
     * @return the value
     */
    public Object value() {
        return this.values.get(0);
    }

    /**
     * Return the stable encoding of the values that hashing uses (see the class
     * documentation).
     * @return the bytes
     */
    public byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object value : this.values) {
            encode(out, value);
        }
        return out.toByteArray();
    }

    private static void encode(ByteArrayOutputStream out, Object value) {
        Object normalized = normalize(value);
        byte tag;
        byte[] payload;
        if (normalized instanceof Long number) {
            tag = 'I';
            payload = ByteBuffer.allocate(8).putLong(number).array();
        }
        else if (normalized instanceof BigInteger big) {
            tag = 'N';
            payload = big.toByteArray();
        }
        else if (normalized instanceof BigDecimal decimal) {
            tag = 'D';
            payload = decimal.toPlainString().getBytes(StandardCharsets.UTF_8);
        }
        else if (normalized instanceof Double real) {
            tag = 'F';
            payload = ByteBuffer.allocate(8).putLong(Double.doubleToLongBits(real)).array();
        }
        else if (normalized instanceof String text) {
            tag = 'S';
            payload = text.getBytes(StandardCharsets.UTF_8);
        }
        else if (normalized instanceof Boolean flag) {
            tag = 'B';
            payload = new byte[] { (byte) (flag ? 1 : 0) };
        }
        else if (normalized instanceof byte[] bytes) {
            tag = 'X';
            payload = bytes;
        }
        else if (normalized instanceof Instant instant) {
            tag = 'T';
            payload = ByteBuffer.allocate(12).putLong(instant.getEpochSecond()).putInt(instant.getNano()).array();
        }
        else {
            throw new IllegalArgumentException(
                    "Unsupported shard key value of type " + value.getClass().getName() + ": " + value);
        }
        out.write(tag);
        out.writeBytes(ByteBuffer.allocate(4).putInt(payload.length).array());
        out.writeBytes(payload);
    }

    /**
     * Bring a value to its canonical Java form: integral numbers as {@code Long} (or
     * {@code BigInteger} beyond), other decimals as stripped {@code BigDecimal}, reals as
     * {@code Double}, enums and UUIDs as {@code String}, byte strings as {@code byte[]},
     * date-times as {@code Instant}.
     */
    static Object normalize(Object value) {
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return (big.bitLength() < 64) ? (Object) big.longValue() : big;
        }
        if (value instanceof BigDecimal decimal) {
            return normalizeDecimal(decimal);
        }
        if (value instanceof Float || value instanceof Double) {
            double real = ((Number) value).doubleValue();
            return (real == 0.0) ? 0.0 : (Double.isNaN(real) ? Double.NaN : real);
        }
        if (value instanceof DatabaseEnum databaseEnum) {
            return databaseEnum.databaseValue();
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        if (value instanceof Bytes bytes) {
            return bytes.toByteArray();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        return value;
    }

    private static Object normalizeDecimal(BigDecimal decimal) {
        BigDecimal stripped = (decimal.signum() == 0) ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            BigInteger integer = stripped.toBigInteger();
            return (integer.bitLength() < 64) ? (Object) integer.longValue() : integer;
        }
        return stripped;
    }

}

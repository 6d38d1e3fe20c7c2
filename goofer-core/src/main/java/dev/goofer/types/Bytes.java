package dev.goofer.types;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string for Prisma {@code Bytes} fields: unlike {@code byte[]} it has
 * value equality and cannot be changed after it was read.
 */
public final class Bytes {

    private static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Create a value holding a copy of the given bytes.
     * @param bytes the bytes
     * @return the value
     */
    public static Bytes of(byte[] bytes) {
        return (bytes.length == 0) ? EMPTY : new Bytes(bytes.clone());
    }

    /**
     * Create a value from a hexadecimal string.
     * @param hex the hexadecimal digits
     * @return the value
     */
    public static Bytes fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /**
     * Return a copy of the bytes.
     * @return the bytes
     */
    public byte[] toByteArray() {
        return this.bytes.clone();
    }

    /**
     * Return the number of bytes.
     * @return the length
     */
    public int length() {
        return this.bytes.length;
    }

    /**
     * Return the bytes as lowercase hexadecimal digits.
     * @return the hexadecimal string
     */
    public String toHex() {
        return HexFormat.of().formatHex(this.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof Bytes that) && Arrays.equals(this.bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(this.bytes);
    }

    @Override
    public String toString() {
        return "Bytes[" + toHex() + "]";
    }

}

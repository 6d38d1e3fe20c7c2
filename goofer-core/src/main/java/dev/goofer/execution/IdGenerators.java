package dev.goofer.execution;

import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.goofer.metadata.DefaultValue;

/**
 * Client-side id defaults as Prisma generates them: {@code uuid()} (v4) and
 * {@code uuid(7)}, {@code cuid()} (cuid v1) and {@code cuid(2)}, {@code nanoid(n)} and
 * {@code ulid()}. Public so that the shard router can generate a client-side shard key or
 * broadcast id before it routes the create (one value for every shard).
 */
public final class IdGenerators {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final char[] NANOID_ALPHABET = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict"
        .toCharArray();

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final AtomicInteger CUID_COUNTER = new AtomicInteger(RANDOM.nextInt(1_679_616));

    private static final AtomicInteger CUID2_COUNTER = new AtomicInteger(RANDOM.nextInt(476_782_367));

    private static final String FINGERPRINT = fingerprint();

    private IdGenerators() {
    }

    /**
     * Generate a value for a client-side default.
     * @param value a {@code uuid()}, {@code cuid()}, {@code nanoid()} or {@code ulid()}
     * default
     * @return the generated value
     * @throws IllegalArgumentException for other defaults
     */
    public static String generate(DefaultValue value) {
        if (value instanceof DefaultValue.Uuid uuid) {
            return (uuid.version() == 7) ? uuidV7() : UUID.randomUUID().toString();
        }
        if (value instanceof DefaultValue.Cuid cuid) {
            return (cuid.version() == 2) ? cuid2() : cuid();
        }
        if (value instanceof DefaultValue.Nanoid nanoid) {
            return nanoid((nanoid.length() > 0) ? nanoid.length() : 21);
        }
        if (value instanceof DefaultValue.Ulid) {
            return ulid();
        }
        throw new IllegalArgumentException("Not a client-side default: " + value);
    }

    static String uuidV7() {
        long millis = System.currentTimeMillis();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        for (int i = 0; i < 6; i++) {
            bytes[i] = (byte) (millis >>> (40 - 8 * i));
        }
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x70);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    /** cuid v1: {@code c}, 8 chars of time, 4 of counter, 4 of fingerprint, 8 random. */
    static String cuid() {
        StringBuilder id = new StringBuilder(25).append('c');
        id.append(pad(Long.toString(System.currentTimeMillis(), 36), 8));
        id.append(pad(Integer.toString(CUID_COUNTER.getAndUpdate((c) -> (c + 1) % 1_679_616), 36), 4));
        id.append(FINGERPRINT);
        id.append(pad(Integer.toString(RANDOM.nextInt(1_679_616), 36), 4));
        id.append(pad(Integer.toString(RANDOM.nextInt(1_679_616), 36), 4));
        return id.toString();
    }

    /**
     * cuid2: a random letter, then a SHA3-512 hash of time, entropy, counter and host.
     */
    static String cuid2() {
        char first = (char) ('a' + RANDOM.nextInt(26));
        String input = Long.toString(System.currentTimeMillis(), 36) + entropy(24)
                + Integer.toString(CUID2_COUNTER.getAndIncrement() & Integer.MAX_VALUE, 36) + FINGERPRINT;
        try {
            byte[] hash = MessageDigest.getInstance("SHA3-512").digest(input.getBytes(StandardCharsets.UTF_8));
            String encoded = new BigInteger(1, hash).toString(36);
            return first + encoded.substring(1, 24);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA3-512 is not available", ex);
        }
    }

    static String nanoid(int length) {
        char[] id = new char[length];
        for (int i = 0; i < length; i++) {
            id[i] = NANOID_ALPHABET[RANDOM.nextInt(NANOID_ALPHABET.length)];
        }
        return new String(id);
    }

    static String ulid() {
        long millis = System.currentTimeMillis();
        char[] id = new char[26];
        for (int i = 9; i >= 0; i--) {
            id[i] = CROCKFORD[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            id[i] = CROCKFORD[RANDOM.nextInt(32)];
        }
        return new String(id);
    }

    private static String entropy(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(Integer.toString(RANDOM.nextInt(36), 36));
        }
        return text.toString();
    }

    private static String pad(String text, int length) {
        String padded = "0".repeat(Math.max(0, length - text.length())) + text;
        return padded.substring(padded.length() - length);
    }

    private static String fingerprint() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        int pid = (int) ProcessHandle.current().pid();
        int hostSum = name.length() + 36;
        for (char c : name.toCharArray()) {
            hostSum += c;
        }
        return (pad(Integer.toString(pid, 36), 2) + pad(Integer.toString(hostSum, 36), 2)).toLowerCase(Locale.ROOT);
    }

}

package dev.goofer.sharding;

/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby's public-domain reference), the hash of
 * {@link HashShardingStrategy}. Written out here so that shard assignments never depend
 * on a library version.
 */
final class Murmur3 {

    private static final int C1 = 0xcc9e2d51;

    private static final int C2 = 0x1b873593;

    private Murmur3() {
    }

    static int hash32(byte[] data, int seed) {
        int h1 = seed;
        int length = data.length;
        int blocks = length & ~3;
        for (int i = 0; i < blocks; i += 4) {
            int k1 = (data[i] & 0xff) | ((data[i + 1] & 0xff) << 8) | ((data[i + 2] & 0xff) << 16)
                    | (data[i + 3] << 24);
            h1 ^= mixK1(k1);
            h1 = Integer.rotateLeft(h1, 13);
            h1 = h1 * 5 + 0xe6546b64;
        }
        int remaining = length & 3;
        if (remaining > 0) {
            int k1 = 0;
            if (remaining == 3) {
                k1 ^= (data[blocks + 2] & 0xff) << 16;
            }
            if (remaining >= 2) {
                k1 ^= (data[blocks + 1] & 0xff) << 8;
            }
            k1 ^= data[blocks] & 0xff;
            h1 ^= mixK1(k1);
        }
        h1 ^= length;
        h1 ^= h1 >>> 16;
        h1 *= 0x85ebca6b;
        h1 ^= h1 >>> 13;
        h1 *= 0xc2b2ae35;
        h1 ^= h1 >>> 16;
        return h1;
    }

    private static int mixK1(int k1) {
        int k = k1 * C1;
        k = Integer.rotateLeft(k, 15);
        return k * C2;
    }

}

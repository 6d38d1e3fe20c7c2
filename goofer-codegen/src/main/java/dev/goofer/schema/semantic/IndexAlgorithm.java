package dev.goofer.schema.semantic;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The access method of an index, from the {@code type:} argument of {@code @@index}.
 */
public enum IndexAlgorithm {

    /** B-tree, the default. */
    BTREE("BTree"),

    /** Hash (equality only). */
    HASH("Hash"),

    /** GiST (PostgreSQL). */
    GIST("Gist"),

    /** GIN, the inverted index (PostgreSQL, CockroachDB). */
    GIN("Gin"),

    /** SP-GiST (PostgreSQL). */
    SP_GIST("SpGist"),

    /** BRIN, the block range index (PostgreSQL). */
    BRIN("Brin");

    private final String prismaName;

    IndexAlgorithm(String prismaName) {
        this.prismaName = prismaName;
    }

    /**
     * Return the name as written in the schema.
     * @return the Prisma name, such as {@code SpGist}
     */
    public String prismaName() {
        return this.prismaName;
    }

    /**
     * Find an algorithm by its schema name.
     * @param name the name
     * @return the algorithm, or {@code null} if unknown
     */
    public static @Nullable IndexAlgorithm fromPrismaName(String name) {
        return Arrays.stream(values())
            .filter((algorithm) -> algorithm.prismaName.equals(name))
            .findFirst()
            .orElse(null);
    }

}

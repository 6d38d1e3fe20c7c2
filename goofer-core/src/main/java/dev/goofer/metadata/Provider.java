package dev.goofer.metadata;

import java.util.Locale;

/**
 * The SQL providers a schema may name in its {@code datasource} block. The runtime has
 * dialects for {@link #POSTGRESQL}, {@link #MYSQL} and {@link #SQLITE}; CockroachDB runs
 * on the PostgreSQL dialect; SQL Server schemas are validated and generated but have no
 * dialect yet.
 */
public enum Provider {

    POSTGRESQL("postgresql"), MYSQL("mysql"), SQLITE("sqlite"), COCKROACHDB("cockroachdb"), SQLSERVER("sqlserver");

    private final String prismaName;

    Provider(String prismaName) {
        this.prismaName = prismaName;
    }

    /**
     * Return the provider name as written in a schema.
     * @return the Prisma provider name
     */
    public String prismaName() {
        return this.prismaName;
    }

    /**
     * Find a provider by its Prisma name, accepting the alias {@code postgres}.
     * @param name the provider name from a schema
     * @return the provider
     * @throws IllegalArgumentException if the provider is not a supported SQL provider
     */
    public static Provider fromPrismaName(String name) {
        String normalized = name.toLowerCase(Locale.ROOT);
        if (normalized.equals("postgres")) {
            return POSTGRESQL;
        }
        for (Provider provider : values()) {
            if (provider.prismaName.equals(normalized)) {
                return provider;
            }
        }
        throw new IllegalArgumentException("Unsupported provider \"" + name + "\"");
    }

}

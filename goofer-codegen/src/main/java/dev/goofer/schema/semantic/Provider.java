package dev.goofer.schema.semantic;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The SQL database providers a schema can target.
 */
public enum Provider {

    /** PostgreSQL ({@code postgresql}, alias {@code postgres}). */
    POSTGRESQL("postgresql"),

    /** CockroachDB ({@code cockroachdb}). */
    COCKROACHDB("cockroachdb"),

    /** MySQL and MariaDB ({@code mysql}). */
    MYSQL("mysql"),

    /** SQLite ({@code sqlite}). */
    SQLITE("sqlite"),

    /** Microsoft SQL Server ({@code sqlserver}). */
    SQLSERVER("sqlserver");

    private final String prismaName;

    Provider(String prismaName) {
        this.prismaName = prismaName;
    }

    /**
     * Return the provider name as written in a datasource block.
     * @return the Prisma provider name
     */
    public String prismaName() {
        return this.prismaName;
    }

    /**
     * Find a provider by the name written in a datasource block, accepting the alias
     * {@code postgres}.
     * @param name the provider name
     * @return the provider, or {@code null} if it is not a supported SQL provider
     */
    public static @Nullable Provider fromPrismaName(String name) {
        if ("postgres".equals(name)) {
            return POSTGRESQL;
        }
        return Arrays.stream(values()).filter((provider) -> provider.prismaName.equals(name)).findFirst().orElse(null);
    }

}

package dev.goofer.testsupport;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Database servers from Testcontainers, started once per JVM, used only when no URL is
 * configured and Docker is available. Testcontainers is an optional dependency: without
 * it on the class path, there are no containers.
 */
final class ContainerServers {

    private static final Map<DatabaseKind, Optional<String>> URLS = new EnumMap<>(DatabaseKind.class);

    private ContainerServers() {
    }

    static synchronized Optional<String> adminUrl(DatabaseKind kind) {
        return URLS.computeIfAbsent(kind, ContainerServers::start);
    }

    private static Optional<String> start(DatabaseKind kind) {
        if (!isDockerAvailable()) {
            return Optional.empty();
        }
        return switch (kind) {
            case POSTGRESQL -> Optional.of(Containers.postgres());
            case MYSQL -> Optional.of(Containers.mariadb());
            case SQLITE -> Optional.empty();
        };
    }

    private static boolean isDockerAvailable() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
        }
        catch (ClassNotFoundException ex) {
            return false;
        }
        try {
            return Containers.dockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    /**
     * Kept separate so that Testcontainers classes load only when present.
     */
    private static final class Containers {

        static boolean dockerAvailable() {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        }

        @SuppressWarnings("resource")
        static String postgres() {
            var container = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return container.getJdbcUrl() + ((container.getJdbcUrl().contains("?")) ? "&" : "?") + "user="
                    + container.getUsername() + "&password=" + container.getPassword();
        }

        @SuppressWarnings("resource")
        static String mariadb() {
            var container = new org.testcontainers.mariadb.MariaDBContainer("mariadb:11").withUsername("root");
            container.start();
            return container.getJdbcUrl() + ((container.getJdbcUrl().contains("?")) ? "&" : "?") + "user="
                    + container.getUsername() + "&password=" + container.getPassword();
        }

    }

}

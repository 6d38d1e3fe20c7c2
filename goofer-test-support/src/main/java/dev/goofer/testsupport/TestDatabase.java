package dev.goofer.testsupport;

import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, empty database created for one test class, dropped when the class is done.
 *
 * @param kind which database this is
 * @param name the database name (a file name for SQLite)
 * @param jdbcUrl the JDBC URL of the fresh database, credentials included as URL
 * parameters
 */
public record TestDatabase(DatabaseKind kind, String name, String jdbcUrl) {

    public TestDatabase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * Return a new non-pooling data source for the database: each {@code getConnection()}
     * opens a connection.
     * @return the data source
     */
    public DataSource dataSource() {
        return new DriverManagerDataSource(this.jdbcUrl);
    }

    /**
     * Return a {@link JdbcTemplate} on a new {@link #dataSource()}, for direct checks.
     * @return the template
     */
    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

}

package dev.goofer.maven;

import javax.sql.DataSource;

import dev.goofer.ddl.SchemaManager;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The base of the Goofer goals that connect to a database.
 */
public abstract class AbstractDatabaseMojo extends AbstractSchemaMojo {

    /**
     * The JDBC URL of the database, such as {@code jdbc:postgresql://localhost:5432/app},
     * {@code jdbc:mariadb://localhost:3306/app}, {@code jdbc:mysql://localhost:3306/app}
     * or {@code jdbc:sqlite:app.db}.
     */
    @Parameter(property = "goofer.url")
    @Nullable String url;

    /**
     * The database user, if not in the URL.
     */
    @Parameter(property = "goofer.user")
    @Nullable String user;

    /**
     * The database password, if not in the URL.
     */
    @Parameter(property = "goofer.password")
    @Nullable String password;

    /**
     * Whether a database URL was given.
     * @return whether {@code url} is set
     */
    protected boolean hasUrl() {
        return this.url != null && !this.url.isBlank();
    }

    /**
     * Return a data source for the configured database.
     * @return the data source
     * @throws MojoFailureException if no URL is configured
     */
    protected DataSource dataSource() throws MojoFailureException {
        if (!hasUrl()) {
            throw new MojoFailureException(
                    "No database URL: set the url parameter, or pass -Dgoofer.url=jdbc:postgresql://localhost:5432/app.");
        }
        return SchemaManager.dataSource(this.url, this.user, this.password);
    }

}

package dev.goofer.cli;

import javax.sql.DataSource;

import dev.goofer.ddl.SchemaManager;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The connection options of the commands that work on a database.
 */
final class DatabaseOptions {

    @Option(names = "--url", required = true, paramLabel = "JDBC_URL",
            description = "The JDBC URL of the database, such as jdbc:postgresql://localhost:5432/app, "
                    + "jdbc:mariadb://localhost:3306/app, jdbc:mysql://localhost:3306/app or jdbc:sqlite:app.db.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "The database user, if not in the URL.")
    @Nullable String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "The database password, if not in the URL.")
    @Nullable String password;

    DataSource dataSource() {
        return SchemaManager.dataSource(this.url, this.user, this.password);
    }

}

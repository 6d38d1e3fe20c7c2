package dev.goofer.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;

import dev.goofer.fixture.blog.Role;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.types.Bytes;
import dev.goofer.types.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTests {

    private static final ScalarFieldMeta DATETIME = ScalarFieldMeta.of("at", ScalarType.DATETIME);

    @Test
    void sqliteReadsDateTimesStoredAsMillisecondsOrText() {
        Instant instant = Instant.parse("2024-03-01T10:11:12.345Z");
        assertThat(Values.sqliteInstant(instant.toEpochMilli())).isEqualTo(instant);
        assertThat(Values.sqliteInstant(String.valueOf(instant.toEpochMilli()))).isEqualTo(instant);
        assertThat(Values.sqliteInstant("2024-03-01 10:11:12")).isEqualTo(Instant.parse("2024-03-01T10:11:12Z"));
        assertThat(Values.sqliteInstant("2024-03-01T10:11:12.345Z")).isEqualTo(instant);
        assertThat(Values.sqliteInstant("2024-03-01T11:11:12.345+01:00")).isEqualTo(instant);
        assertThat(Values.sqliteInstant("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void dateTimesAreBoundAsUtcWithMillisecondPrecision() {
        Instant instant = Instant.parse("2024-03-01T10:11:12.345678Z");
        assertThat(PostgresDialect.INSTANCE.toParameter(DATETIME, instant))
            .isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 11, 12, 345_000_000));
        assertThat(MySqlDialect.INSTANCE.toParameter(DATETIME, instant))
            .isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 11, 12, 345_000_000));
        assertThat(SqliteDialect.INSTANCE.toParameter(DATETIME, instant)).isEqualTo(1709287872345L);
    }

    @Test
    void enumsAndJsonAreTypedByPostgresql() {
        ScalarFieldMeta role = new ScalarFieldMeta("role", "role", ScalarType.ENUM, "Role", false, false, null, null,
                false, false, null, null);
        assertThat(PostgresDialect.INSTANCE.toParameter(role, Role.ADMIN)).isEqualTo(SqlParameter.untyped("admin"));
        assertThat(MySqlDialect.INSTANCE.toParameter(role, Role.ADMIN)).isEqualTo("admin");
        ScalarFieldMeta json = ScalarFieldMeta.of("data", ScalarType.JSON);
        assertThat(PostgresDialect.INSTANCE.toParameter(json, Json.of("{}"))).isEqualTo(SqlParameter.untyped("{}"));
        assertThat(SqliteDialect.INSTANCE.toParameter(json, Json.of("{}"))).isEqualTo("{}");
    }

    @Test
    void otherTypesBindAsJdbcValues() {
        assertThat((byte[]) SqliteDialect.INSTANCE.toParameter(ScalarFieldMeta.of("b", ScalarType.BYTES),
                Bytes.fromHex("0a0b")))
            .containsExactly(10, 11);
        assertThat(
                SqliteDialect.INSTANCE.toParameter(ScalarFieldMeta.of("d", ScalarType.DECIMAL), new BigDecimal("1.50")))
            .isEqualTo("1.50");
        assertThat(PostgresDialect.INSTANCE.toParameter(ScalarFieldMeta.of("n", ScalarType.BIGINT), 5)).isEqualTo(5L);
        assertThat(PostgresDialect.INSTANCE.toParameter(ScalarFieldMeta.of("n", ScalarType.INT), null)).isNull();
    }

    @Test
    void onlySqliteTrustsNotNullWhenReadingTableColumns() throws SQLException {
        ScalarFieldMeta required = ScalarFieldMeta.of("age", ScalarType.INT);
        ScalarFieldMeta optional = new ScalarFieldMeta("age", "age", ScalarType.INT, null, true, false, null, null,
                false, false, null, null);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT NULL, 7")) {
            assertThat(resultSet.next()).isTrue();
            assertThat(SqliteDialect.INSTANCE.readColumn(resultSet, 1, optional)).isNull();
            assertThat(SqliteDialect.INSTANCE.readColumn(resultSet, 2, required)).isEqualTo(7);
            // A required column is NOT NULL in a database made from the schema; SQLite
            // saves the
            // native wasNull call, the other dialects keep the check (and expressions
            // always do).
            assertThat(SqliteDialect.INSTANCE.readColumn(resultSet, 1, required)).isEqualTo(0);
            assertThat(SqliteDialect.INSTANCE.read(resultSet, 1, required)).isNull();
            assertThat(PostgresDialect.INSTANCE.readColumn(resultSet, 1, required)).isNull();
            assertThat(MySqlDialect.INSTANCE.readColumn(resultSet, 1, required)).isNull();
        }
    }

}

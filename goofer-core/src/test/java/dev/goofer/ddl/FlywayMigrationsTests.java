package dev.goofer.ddl;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FlywayMigrationsTests {

    @TempDir
    Path directory;

    @Test
    void nextVersionFollowsTheHighestMajorVersion() throws Exception {
        assertThat(FlywayMigrations.nextVersion(this.directory)).isEqualTo("1");
        Files.writeString(this.directory.resolve("V2__a.sql"), "");
        Files.writeString(this.directory.resolve("V10_3__b.sql"), "");
        Files.writeString(this.directory.resolve("R__views.sql"), "");
        assertThat(FlywayMigrations.nextVersion(this.directory)).isEqualTo("11");
    }

    @Test
    void fileNamesFollowFlywayConventions() {
        assertThat(FlywayMigrations.fileName("3", "add user roles")).isEqualTo("V3__add_user_roles.sql");
        assertThat(FlywayMigrations.fileName("1.2", "fix")).isEqualTo("V1_2__fix.sql");
        assertThatIllegalArgumentException().isThrownBy(() -> FlywayMigrations.fileName("x", "fix"));
    }

}

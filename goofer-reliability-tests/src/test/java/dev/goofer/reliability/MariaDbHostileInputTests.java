package dev.goofer.reliability;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fixture's tables use {@code utf8mb4_unicode_ci}, under which comparisons ignore
 * case, accents, combining marks and trailing spaces and all emoji compare equal, by
 * design of the collation: the exact Java evaluation of the filters needs a binary
 * collation without padding, so the text columns switch to {@code utf8mb4_nopad_bin}.
 * <p>
 * The unique index on {@code Tag.name} goes: MariaDB (10.11) answers
 * {@code name LIKE 'abc%'} with a range scan of that index that misses the values whose
 * character after the prefix lies outside the Basic Multilingual Plane (an emoji), with
 * {@code utf8mb4_unicode_ci}, {@code utf8mb4_bin} and {@code utf8mb4_nopad_bin} alike, so
 * {@code startsWith} on an indexed column can miss rows; that is a bug of the server, not
 * of the SQL Goofer sends.
 */
@Databases(DatabaseKind.MYSQL)
class MariaDbHostileInputTests extends HostileInputTests {

    @Override
    void prepareTables(JdbcTemplate jdbc) {
        jdbc.execute("ALTER TABLE `Tag` MODIFY `name` VARCHAR(191) NOT NULL COLLATE utf8mb4_nopad_bin");
        jdbc.execute("DROP INDEX `Tag_name_key` ON `Tag`");
        jdbc.execute("ALTER TABLE `User` MODIFY `email` VARCHAR(191) NOT NULL COLLATE utf8mb4_nopad_bin, "
                + "MODIFY `name` VARCHAR(191) NULL COLLATE utf8mb4_nopad_bin");
        jdbc.execute("ALTER TABLE `Post` MODIFY `title` VARCHAR(191) NOT NULL COLLATE utf8mb4_nopad_bin");
        jdbc.execute("ALTER TABLE `Profile` MODIFY `bio` VARCHAR(191) NOT NULL COLLATE utf8mb4_nopad_bin");
    }

}

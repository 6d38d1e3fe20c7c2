package dev.goofer.integration;

import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Databases(DatabaseKind.SQLITE)
class SqliteBlogReadTests extends BlogReadTests {

    /** SQLite's LIKE and GLOB stop at a NUL; the text filters must see whole values. */
    @Test
    void textFiltersMatchWholeValuesThatHoldNul() {
        user("nul\u0000Tail_%@x.org", "Nul", Role.USER);
        assertThat(db.user().findMany().where(UserFields.EMAIL.contains("Tail_%")).fetch()).extracting(User::name)
            .containsExactly("Nul");
        assertThat(db.user().findMany().where(UserFields.EMAIL.contains("\u0000")).fetch()).extracting(User::name)
            .containsExactly("Nul");
        assertThat(db.user().findMany().where(UserFields.EMAIL.startsWith("nul\u0000T")).fetch()).extracting(User::name)
            .containsExactly("Nul");
        assertThat(db.user().findMany().where(UserFields.EMAIL.startsWith("nul\u0000X")).fetch()).isEmpty();
        assertThat(db.user().findMany().where(UserFields.EMAIL.endsWith("_%@x.org")).fetch()).extracting(User::name)
            .containsExactly("Nul");
        assertThat(db.user().findMany().where(UserFields.EMAIL.insensitive().contains("tAIL")).fetch())
            .extracting(User::name)
            .containsExactly("Nul");
        assertThat(db.user().findMany().where(UserFields.EMAIL.insensitive().endsWith("TAIL_%@X.ORG")).fetch())
            .extracting(User::name)
            .containsExactly("Nul");
        assertThat(db.user().findMany().where(UserFields.EMAIL.endsWith("a@nul\u0000Tail_%@x.org")).fetch()).isEmpty();
        assertThat(db.user().findMany().where(UserFields.EMAIL.startsWith("")).fetch()).hasSize(4);
        assertThat(db.user().findMany().where(UserFields.EMAIL.endsWith("")).fetch()).hasSize(4);
        assertThat(db.user().findMany().where(UserFields.EMAIL.contains("")).fetch()).hasSize(4);
    }

}

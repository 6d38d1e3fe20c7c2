package dev.goofer.execution;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dev.goofer.metadata.DefaultValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdGeneratorsTests {

    @Test
    void uuidDefaultsHaveTheirVersionAndVariant() {
        UUID v4 = UUID.fromString(IdGenerators.generate(new DefaultValue.Uuid(4)));
        UUID v7 = UUID.fromString(IdGenerators.generate(new DefaultValue.Uuid(7)));
        assertThat(v4.version()).isEqualTo(4);
        assertThat(v7.version()).isEqualTo(7);
        assertThat(v7.variant()).isEqualTo(2);
        long millis = v7.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis() + 1);
    }

    @Test
    void uuidV7SortsByCreationTime() throws InterruptedException {
        String first = IdGenerators.uuidV7();
        Thread.sleep(2);
        assertThat(IdGenerators.uuidV7()).isGreaterThan(first);
    }

    @Test
    void cuidsFollowTheCuidFormats() {
        assertThat(IdGenerators.cuid()).hasSize(25).startsWith("c").matches("[a-z0-9]+");
        assertThat(IdGenerators.cuid2()).hasSize(24).matches("[a-z][a-z0-9]{23}");
    }

    @Test
    void nanoidsAndUlidsUseTheirAlphabets() {
        assertThat(IdGenerators.generate(new DefaultValue.Nanoid(21))).hasSize(21).matches("[A-Za-z0-9_-]+");
        assertThat(IdGenerators.generate(new DefaultValue.Nanoid(8))).hasSize(8);
        String ulid = IdGenerators.ulid();
        assertThat(ulid).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(ulid.charAt(0)).isLessThanOrEqualTo('7');
    }

    @Test
    void generatedIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(IdGenerators.cuid());
            ids.add(IdGenerators.cuid2());
            ids.add(IdGenerators.ulid());
        }
        assertThat(ids).hasSize(30_000);
    }

    @Test
    void databaseDefaultsAreNotGeneratedByTheClient() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdGenerators.generate(new DefaultValue.Now()));
    }

}

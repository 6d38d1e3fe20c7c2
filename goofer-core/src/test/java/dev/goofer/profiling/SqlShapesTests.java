package dev.goofer.profiling;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlShapesTests {

    @Test
    void normalizationFoldsWhitespaceLiteralsAndPlaceholderLists() {
        assertThat(SqlShapes.normalize("SELECT  *\n FROM \"t2\" WHERE a IN (?, ?,?) AND b = 'it''s' AND c > -1.5"))
            .isEqualTo("SELECT * FROM \"t2\" WHERE a IN (?) AND b = ? AND c > ?");
        assertThat(SqlShapes.normalize("INSERT INTO \"_PostToTag\" (\"A\", \"B\") VALUES (?, ?), (?, ?)"))
            .isEqualTo("INSERT INTO \"_PostToTag\" (\"A\", \"B\") VALUES (?)");
    }

    @Test
    void shapeStartsWithModelAndOperation() {
        assertThat(SqlShapes.shape("User", "find_many", List.of("SELECT 1", "SELECT 2")))
            .isEqualTo("User find_many: SELECT ?; SELECT ?");
        assertThat(SqlShapes.shape("none", "query_raw", List.of())).isEqualTo("none query_raw");
    }

}

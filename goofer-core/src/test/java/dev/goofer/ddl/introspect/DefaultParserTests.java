package dev.goofer.ddl.introspect;

import java.util.List;

import dev.goofer.ddl.catalog.ColumnDefault;
import dev.goofer.ddl.catalog.TypeFamily;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultParserTests {

    @Test
    void castStringLiteralsAreUnquoted() {
        assertThat(DefaultParser.parse("'it''s'::text", TypeFamily.STRING, false, false))
            .isEqualTo(new ColumnDefault.Value("it's"));
        assertThat(DefaultParser.parse("'USER'::\"Role\"", TypeFamily.ENUM, false, false))
            .isEqualTo(new ColumnDefault.Value("USER"));
    }

    @Test
    void numbersAndBooleansAreCanonical() {
        assertThat(DefaultParser.parse("1.500000000000000000000000000000", TypeFamily.DECIMAL, false, true))
            .isEqualTo(new ColumnDefault.Value("1.5"));
        assertThat(DefaultParser.parse("'-1'::integer", TypeFamily.INT, false, false))
            .isEqualTo(new ColumnDefault.Value("-1"));
        assertThat(DefaultParser.parse("1", TypeFamily.BOOLEAN, false, true))
            .isEqualTo(new ColumnDefault.Value("true"));
    }

    @Test
    void currentTimestampIsNow() {
        assertThat(DefaultParser.parse("current_timestamp(3)", TypeFamily.DATETIME, false, true))
            .isEqualTo(new ColumnDefault.Now());
        assertThat(DefaultParser.parse("CURRENT_TIMESTAMP", TypeFamily.DATETIME, false, false))
            .isEqualTo(new ColumnDefault.Now());
    }

    @Test
    void arraysAreLists() {
        assertThat(DefaultParser.parse("ARRAY['a'::text, 'b,c'::text]", TypeFamily.STRING, true, false))
            .isEqualTo(new ColumnDefault.ListValue(List.of("a", "b,c")));
        assertThat(DefaultParser.parse("ARRAY[]::text[]", TypeFamily.STRING, true, false))
            .isEqualTo(new ColumnDefault.ListValue(List.of()));
        assertThat(DefaultParser.parse("'{1,2}'::integer[]", TypeFamily.INT, true, false))
            .isEqualTo(new ColumnDefault.ListValue(List.of("1", "2")));
    }

    @Test
    void datesAndBytesAreCanonical() {
        assertThat(DefaultParser.parse("'2020-01-01 00:00:00.000'", TypeFamily.DATETIME, false, true))
            .isEqualTo(new ColumnDefault.Value("2020-01-01 00:00:00"));
        assertThat(DefaultParser.parse("'\\x0A0b'::bytea", TypeFamily.BYTES, false, false))
            .isEqualTo(new ColumnDefault.Value("0a0b"));
    }

    @Test
    void otherExpressionsAreComparedIgnoringCaseSpacesAndParentheses() {
        ColumnDefault parsed = DefaultParser.parse("uuid()", TypeFamily.STRING, false, true);
        assertThat(parsed).isEqualTo(new ColumnDefault.Expression("(UUID( ))"));
        assertThat(DefaultParser.parse("NULL", TypeFamily.STRING, false, true)).isNull();
    }

}

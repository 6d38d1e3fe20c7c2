package dev.goofer.ddl.diff;

import dev.goofer.ddl.catalog.ColumnDefault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultsTests {

    @Test
    void jsonDefaultsMatchWhateverTheOrderOfObjectKeys() {
        ColumnDefault schema = new ColumnDefault.Value("{\"x\":0,\"y\":0,\"w\":4,\"h\":3}");
        ColumnDefault database = new ColumnDefault.Value("{\"h\": 3, \"w\": 4, \"x\": 0, \"y\": 0}");
        assertThat(Defaults.match(database, schema, true)).isTrue();
        assertThat(Defaults.match(database, schema, false)).isFalse();
    }

    @Test
    void nestedJsonObjectsAndArraysCompareByValue() {
        ColumnDefault schema = new ColumnDefault.Value("{\"b\":[{\"d\":1,\"c\":\"x,}\"}],\"a\":null}");
        ColumnDefault same = new ColumnDefault.Value("{\"a\": null, \"b\": [{\"c\": \"x,}\", \"d\": 1}]}");
        ColumnDefault reordered = new ColumnDefault.Value("{\"a\": null, \"b\": [{\"c\": \"x,}\"}, {\"d\": 1}]}");
        assertThat(Defaults.match(same, schema, true)).isTrue();
        assertThat(Defaults.match(reordered, schema, true)).isFalse();
    }

    @Test
    void differentOrNonJsonDefaultsDoNotMatch() {
        assertThat(Defaults.match(new ColumnDefault.Value("{\"a\":1}"), new ColumnDefault.Value("{\"a\":2}"), true))
            .isFalse();
        assertThat(Defaults.match(new ColumnDefault.Value("{oops"), new ColumnDefault.Value("{oops}"), true)).isFalse();
        assertThat(JsonValues.sorted("[1, 2] extra")).isNull();
        assertThat(JsonValues.sorted(" \"text\" ")).isEqualTo("\"text\"");
    }

}

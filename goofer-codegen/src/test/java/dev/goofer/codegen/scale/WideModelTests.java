package dev.goofer.codegen.scale;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.client.RelationNotLoadedException;
import dev.goofer.client.RowFactory;
import dev.goofer.codegen.ClientGenerator;
import dev.goofer.codegen.GeneratedFile;
import dev.goofer.codegen.GenerationResult;
import dev.goofer.codegen.GeneratorOptions;
import dev.goofer.codegen.testing.InProcessCompiler;
import dev.goofer.codegen.testing.ModelSpec;
import dev.goofer.codegen.testing.TestSchema;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.goofer.codegen.testing.Options.fields;
import static dev.goofer.codegen.testing.Options.id;
import static dev.goofer.codegen.testing.Options.list;
import static dev.goofer.codegen.testing.Options.optional;
import static dev.goofer.codegen.testing.Options.references;
import static dev.goofer.codegen.testing.TestSchema.Types.INT;
import static dev.goofer.codegen.testing.TestSchema.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Models with more fields than a record can have components (an introspected Odoo schema
 * has a model with 294) get a final class with the same accessors.
 */
class WideModelTests {

    private static final int COLUMNS = 300;

    @Test
    void aModelTooWideForARecordGetsAnEquivalentClass(@TempDir Path classes) throws Exception {
        SchemaMeta schema = TestSchema.builder(Provider.POSTGRESQL).model("wide_row", (m) -> {
            m.field("id", INT, id());
            for (int i = 1; i < COLUMNS; i++) {
                m.field("column_" + i, STRING, optional());
            }
            m.relation("items", "Item", list());
        })
            .model("Item",
                    (ModelSpec m) -> m.field("id", INT, id())
                        .field("rowId", INT)
                        .relation("row", "wide_row", fields("rowId"), references("id")))
            .build();
        GenerationResult result = new ClientGenerator(GeneratorOptions.of("com.example.wide")).generate(schema);
        assertThat(result.conflicts()).isEmpty();
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedFile file : result.sources()) {
            sources.put(file.path(), file.content());
        }
        assertThat(sources.get("com/example/wide/WideRow.java")).contains("public final class WideRow {");
        assertThat(sources.get("com/example/wide/Item.java")).contains("public record Item(");
        assertThat(InProcessCompiler.compile(sources, classes)).isEmpty();
        try (URLClassLoader loader = InProcessCompiler.classLoader(classes)) {
            Class<?> fields = loader.loadClass("com.example.wide.WideRowFields");
            ModelMeta meta = (ModelMeta) fields.getField("META").get(null);
            RowFactory<?> factory = (RowFactory<?>) fields.getField("FACTORY").get(null);
            Object[] values = new Object[COLUMNS + 1];
            values[0] = 7L;
            values[COLUMNS - 1] = "last";
            boolean[] loaded = new boolean[COLUMNS + 1];
            Arrays.fill(loaded, 0, COLUMNS, true);
            Object first = factory.create(new Row(meta, values, loaded, null));
            Object second = factory.create(new Row(meta, values, loaded, null));
            Class<?> wide = first.getClass();
            assertThat(wide.isRecord()).isFalse();
            assertThat(wide.getMethod("id").invoke(first)).isEqualTo(7);
            assertThat(wide.getMethod("column299").invoke(first)).isEqualTo("last");
            assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
            assertThat(first.toString()).startsWith("WideRow[id=7, column1=null").contains("column299=last");
            Method items = wide.getMethod("items");
            assertThatThrownBy(() -> invoke(items, first)).isInstanceOf(RelationNotLoadedException.class);
            assertThat(List.of(wide.getDeclaredConstructors()))
                .allSatisfy((constructor) -> assertThat(Modifier.isPublic(constructor.getModifiers())).isFalse());
        }
    }

    private static Object invoke(Method method, Object target) throws Throwable {
        try {
            return method.invoke(target);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

}

package dev.goofer.codegen.emit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.goofer.codegen.model.JavaTypes;
import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.IndexMeta;
import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.NativeType;
import dev.goofer.metadata.PrimaryKey;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * Writes metadata as Java expressions that rebuild it: the generated constants
 * ({@code UserFields.META}, {@code Role.META}) the runtime and the DDL work from.
 */
final class MetaLiterals {

    private static final ClassName SCALAR_TYPE = RuntimeTypes.metadata("ScalarType");

    private static final ClassName RELATION_KIND = RuntimeTypes.metadata("RelationKind");

    private static final ClassName REFERENTIAL_ACTION = RuntimeTypes.metadata("ReferentialAction");

    private static final ClassName SORT_ORDER = RuntimeTypes.metadata("SortOrder");

    private static final ClassName INDEX_FIELD = RuntimeTypes.metadata("IndexField");

    private static final ClassName DEFAULT_VALUE = RuntimeTypes.metadata("DefaultValue");

    private final EmitContext context;

    private final Scope scope;

    MetaLiterals(EmitContext context, Scope scope) {
        this.context = context;
        this.scope = scope;
    }

    CodeBlock model(ModelMeta model) {
        return CodeBlock.of("new $T($S,$W$S,$W$S,$W$L,$W$L,$W$L,$W$L,$W$L,$W$L,$W$L,$W$S)", RuntimeTypes.MODEL_META,
                model.name(), model.tableName(), model.schema(), model.view(), lines(model.fields(), this::field),
                orNull(model.primaryKey(), this::primaryKey), list(model.uniques(), this::unique),
                list(model.indexes(), this::index), strings(model.shardKey()), model.ignored(), model.documentation());
    }

    CodeBlock enumType(EnumMeta enumMeta) {
        ClassName value = RuntimeTypes.ENUM_META.nestedClass("Value");
        CodeBlock values = list(enumMeta.values(),
                (v) -> (v.documentation() != null)
                        ? CodeBlock.of("new $T($S,$W$S,$W$S)", value, v.name(), v.databaseName(), v.documentation())
                        : CodeBlock.of("new $T($S,$W$S)", value, v.name(), v.databaseName()));
        return CodeBlock.of("new $T($S,$W$S,$W$S,$W$L,$W$S)", RuntimeTypes.ENUM_META, enumMeta.name(),
                enumMeta.databaseName(), enumMeta.schema(), values, enumMeta.documentation());
    }

    <T> CodeBlock list(List<T> items, Function<T, CodeBlock> writer) {
        List<CodeBlock> blocks = new ArrayList<>(items.size());
        items.forEach((item) -> blocks.add(writer.apply(item)));
        return CodeBlock.of("$L.of($L)", ref(JavaTypes.LIST), CodeBlock.join(blocks, ",$W"));
    }

    /**
     * Write a list with one item per line, for the fields of a model and the models of a
     * schema.
     * @param <T> the item type
     * @param items the items
     * @param writer writes one item
     * @return the code
     */
    <T> CodeBlock lines(List<T> items, Function<T, CodeBlock> writer) {
        if (items.size() < 2) {
            return list(items, writer);
        }
        List<CodeBlock> blocks = new ArrayList<>(items.size());
        items.forEach((item) -> blocks.add(writer.apply(item)));
        return CodeBlock.of("$L.of($>$>\n$L$<$<)", ref(JavaTypes.LIST), CodeBlock.join(blocks, ",\n"));
    }

    private CodeBlock field(FieldMeta field) {
        if (field instanceof ScalarFieldMeta scalar) {
            return scalar(scalar);
        }
        if (field instanceof RelationFieldMeta relation) {
            return relation(relation);
        }
        throw new IllegalStateException("Unhandled field " + field);
    }

    private CodeBlock scalar(ScalarFieldMeta field) {
        return CodeBlock.of("new $T($S,$W$S,$W$L.$L,$W$S,$W$L,$W$L,$W$L,$W$L,$W$L,$W$L,$W$S,$W$S)",
                RuntimeTypes.metadata("ScalarFieldMeta"), field.name(), field.columnName(), ref(SCALAR_TYPE),
                field.type().name(), field.enumName(), field.optional(), field.list(),
                orNull(field.nativeType(), this::nativeType), orNull(field.defaultValue(), this::defaultValue),
                field.updatedAt(), field.ignored(), field.unsupportedType(), field.documentation());
    }

    private CodeBlock relation(RelationFieldMeta field) {
        return CodeBlock.of("new $T($S,$W$S,$W$L,$W$L,$W$S,$W$L.$L,$W$S,$W$L,$W$L,$W$L.$L,$W$L.$L,$W$S,$W$L,$W$L,$W$S)",
                RuntimeTypes.metadata("RelationFieldMeta"), field.name(), field.targetModel(), field.optional(),
                field.list(), field.relationName(), ref(RELATION_KIND), field.kind().name(), field.oppositeField(),
                strings(field.fields()), strings(field.references()), ref(REFERENTIAL_ACTION), field.onDelete().name(),
                ref(REFERENTIAL_ACTION), field.onUpdate().name(), field.foreignKeyName(),
                orNull(field.joinTable(), this::joinTable), field.ignored(), field.documentation());
    }

    private CodeBlock joinTable(JoinTable table) {
        return CodeBlock.of("new $T($S,$W$S,$W$S,$W$S,$W$S,$W$S)", RuntimeTypes.metadata("JoinTable"), table.name(),
                table.schema(), table.selfColumn(), table.targetColumn(), table.selfReference(),
                table.targetReference());
    }

    private CodeBlock nativeType(NativeType type) {
        return CodeBlock.of("new $T($S,$W$L)", RuntimeTypes.metadata("NativeType"), type.name(),
                strings(type.arguments()));
    }

    private CodeBlock primaryKey(PrimaryKey key) {
        return CodeBlock.of("new $T($L,$W$S,$W$S)", RuntimeTypes.metadata("PrimaryKey"),
                list(key.fields(), this::indexField), key.name(), key.constraintName());
    }

    private CodeBlock unique(UniqueConstraint unique) {
        return CodeBlock.of("new $T($L,$W$S,$W$S)", RuntimeTypes.metadata("UniqueConstraint"),
                list(unique.fields(), this::indexField), unique.name(), unique.constraintName());
    }

    private CodeBlock index(IndexMeta index) {
        return CodeBlock.of("new $T($L,$W$S,$W$S,$W$L)", RuntimeTypes.metadata("IndexMeta"),
                list(index.fields(), this::indexField), index.indexName(), index.algorithm(), index.fulltext());
    }

    private CodeBlock indexField(IndexField field) {
        if (field.sort() == null && field.length() == null && field.operatorClass() == null) {
            return CodeBlock.of("$L.of($S)", ref(INDEX_FIELD), field.field());
        }
        CodeBlock sort = (field.sort() != null) ? CodeBlock.of("$L.$L", ref(SORT_ORDER), field.sort().name())
                : CodeBlock.of("null");
        return CodeBlock.of("new $T($S,$W$L,$W$L,$W$S)", INDEX_FIELD, field.field(), sort, field.length(),
                field.operatorClass());
    }

    private CodeBlock defaultValue(DefaultValue value) {
        if (value instanceof DefaultValue.Literal literal) {
            return CodeBlock.of("new $T($L,$W$L)", DEFAULT_VALUE.nestedClass("Literal"), value(literal.value()),
                    literal.enumValue());
        }
        if (value instanceof DefaultValue.ListLiteral literal) {
            return CodeBlock.of("new $T($L)", DEFAULT_VALUE.nestedClass("ListLiteral"),
                    list(literal.values(), this::value));
        }
        if (value instanceof DefaultValue.DbGenerated generated) {
            return CodeBlock.of("new $T($S)", DEFAULT_VALUE.nestedClass("DbGenerated"), generated.expression());
        }
        if (value instanceof DefaultValue.Uuid uuid) {
            return CodeBlock.of("new $T($L)", DEFAULT_VALUE.nestedClass("Uuid"), uuid.version());
        }
        if (value instanceof DefaultValue.Cuid cuid) {
            return CodeBlock.of("new $T($L)", DEFAULT_VALUE.nestedClass("Cuid"), cuid.version());
        }
        if (value instanceof DefaultValue.Nanoid nanoid) {
            return CodeBlock.of("new $T($L)", DEFAULT_VALUE.nestedClass("Nanoid"), nanoid.length());
        }
        if (value instanceof DefaultValue.Autoincrement || value instanceof DefaultValue.Sequence
                || value instanceof DefaultValue.Now || value instanceof DefaultValue.Ulid) {
            return CodeBlock.of("new $T()", DEFAULT_VALUE.nestedClass(value.getClass().getSimpleName()));
        }
        throw new IllegalStateException("Unhandled default value " + value);
    }

    private CodeBlock value(Object value) {
        if (value instanceof String text) {
            return CodeBlock.of("$S", text);
        }
        if (value instanceof Boolean bool) {
            return CodeBlock.of("$L.$L", ref(JavaTypes.BOOLEAN), bool ? "TRUE" : "FALSE");
        }
        if (value instanceof Integer) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof Long) {
            return CodeBlock.of("$LL", value);
        }
        if (value instanceof Double number && Double.isFinite(number)) {
            return CodeBlock.of("$Ld", number);
        }
        if (value instanceof Float number && Float.isFinite(number)) {
            return CodeBlock.of("$Lf", number);
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return CodeBlock.of("new $T($S)", ClassName.get(value.getClass()), value.toString());
        }
        throw new IllegalArgumentException("Default value " + value + " of type " + value.getClass().getName()
                + " cannot be written as a constant");
    }

    private CodeBlock strings(List<String> values) {
        return list(values, (value) -> CodeBlock.of("$S", value));
    }

    private <T> CodeBlock orNull(@Nullable T value, Function<T, CodeBlock> writer) {
        return (value != null) ? writer.apply(value) : CodeBlock.of("null");
    }

    private CodeBlock ref(ClassName type) {
        return this.context.ref(type, this.scope);
    }

}

package dev.goofer.codegen.emit;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.JavaTypes;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.codegen.model.ScalarFieldDescriptor;
import dev.goofer.codegen.model.UniqueKeyDescriptor;

/**
 * Emits the unique selectors of a model ({@code UserWhereUnique}): one static factory per
 * primary key and unique constraint, so that {@code findUnique}, {@code update},
 * {@code upsert} and {@code delete} accept nothing else.
 */
final class WhereUniqueEmitter {

    private final EmitContext context;

    WhereUniqueEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(ModelDescriptor model) {
        TypeSpec.Builder type = TypeSpec.classBuilder(model.whereUniqueClass())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                    "Selectors of one {@code $L} record, by its id or a unique field: the only arguments\n"
                            + "{@code findUnique}, {@code update}, {@code upsert} and {@code delete} accept.\n",
                    model.name())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (UniqueKeyDescriptor key : model.uniqueKeys()) {
            type.addMethod(selector(model, key));
        }
        return this.context.file(type);
    }

    private MethodSpec selector(ModelDescriptor model, UniqueKeyDescriptor key) {
        Scope scope = new Scope(model.name());
        List<String> parameters = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ScalarFieldDescriptor field : key.fields()) {
            String parameter = this.context.internalName(field.member());
            parameters.add(parameter);
            names.add(CodeBlock.of("$S", field.name()).toString());
            scope.add(parameter, null);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(key.method())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(RuntimeTypes.WHERE_UNIQUE, model.recordClass()))
            .addJavadoc("Select the {@code $L} with the given $L.\n", model.name(), fieldList(key));
        for (int i = 0; i < parameters.size(); i++) {
            ScalarFieldDescriptor field = key.fields().get(i);
            method.addParameter(field.valueType(), parameters.get(i));
            method.addJavadoc("@param $L the {@code $L} value\n", parameters.get(i), field.name());
        }
        method.addJavadoc("@return the selector\n");
        CodeBlock meta = CodeBlock.of("$L.$N", this.context.ref(model.fieldsClass(), scope), model.metaConstant());
        CodeBlock whereUnique = this.context.ref(RuntimeTypes.WHERE_UNIQUE, scope);
        if (parameters.size() == 1) {
            return method
                .addStatement("return $L.of($L, $S, $N)", whereUnique, meta, key.fields().get(0).name(),
                        parameters.get(0))
                .build();
        }
        CodeBlock list = this.context.ref(JavaTypes.LIST, scope);
        return method
            .addStatement("return $L.of($L,$W$L.of($L),$W$L.of($L))", whereUnique, meta, list, String.join(", ", names),
                    list, String.join(", ", parameters))
            .build();
    }

    private static String fieldList(UniqueKeyDescriptor key) {
        List<String> fields = new ArrayList<>();
        key.fields().forEach((field) -> fields.add("{@code " + field.name() + "}"));
        if (fields.size() == 1) {
            return fields.get(0);
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
    }

}

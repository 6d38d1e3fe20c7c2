package dev.goofer.codegen.emit;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;

/**
 * Emits the read-only operations of views, nested in the client: the read half of
 * {@code ModelClient}, so that views offer no create, update or delete.
 */
final class ViewClientEmitter {

    private static final TypeVariableName M = TypeVariableName.get("M");

    private final ClassName viewClient;

    ViewClientEmitter(ClassName viewClient) {
        this.viewClient = viewClient;
    }

    TypeSpec emit() {
        TypeName modelClient = ParameterizedTypeName.get(RuntimeTypes.MODEL_CLIENT, M);
        TypeName whereUnique = ParameterizedTypeName.get(RuntimeTypes.WHERE_UNIQUE, M);
        return TypeSpec.classBuilder(this.viewClient)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addTypeVariable(M)
            .addJavadoc("The operations of a view: views are read-only, so this offers the find, count,\n"
                    + "aggregate and group-by operations of {@link $T} only.\n\n@param <M> the view record type\n",
                    RuntimeTypes.MODEL_CLIENT)
            .addField(modelClient, "operations", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(modelClient, "operations")
                .addStatement("this.operations = operations")
                .build())
            .addMethod(read("meta", RuntimeTypes.MODEL_META, "Return the view metadata.", "the view"))
            .addMethod(read("findUnique", query("FindUniqueQuery", M, M), "Find the record with a given unique value.",
                    "the query step", whereUnique))
            .addMethod(read("findUniqueOrThrow", query("FindUniqueOrThrowQuery", M, M),
                    "Find the record with a given unique value, failing if there is none.", "the query step",
                    whereUnique))
            .addMethod(read("findFirst", query("FindFirstQuery", M, M), "Find the first record that matches.",
                    "the query step"))
            .addMethod(read("findFirstOrThrow", query("FindFirstOrThrowQuery", M, M),
                    "Find the first record that matches, failing if there is none.", "the query step"))
            .addMethod(read("findMany", query("FindManyQuery", M, M), "Find the records that match.", "the query step"))
            .addMethod(read("count", query("CountQuery", M), "Count the records that match.", "the query step"))
            .addMethod(read("aggregate", query("AggregateQuery", M), "Aggregate over the records that match.",
                    "the query step"))
            .addMethod(groupBy())
            .build();
    }

    private static TypeName query(String simpleName, TypeName... arguments) {
        return ParameterizedTypeName.get(RuntimeTypes.client(simpleName), arguments);
    }

    private static MethodSpec read(String name, TypeName returns, String summary, String returnDoc,
            TypeName... parameters) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
            .addJavadoc("$L\n", summary)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns);
        StringBuilder arguments = new StringBuilder();
        for (TypeName parameter : parameters) {
            method.addParameter(ParameterSpec.builder(parameter, "where").build());
            method.addJavadoc("@param where the record, from the generated {@code *WhereUnique} class\n");
            arguments.append("where");
        }
        return method.addJavadoc("@return $L\n", returnDoc)
            .addStatement("return this.operations.$L($L)", name, arguments)
            .build();
    }

    private static MethodSpec groupBy() {
        TypeName field = ParameterizedTypeName.get(RuntimeTypes.SCALAR_FIELD, M,
                WildcardTypeName.subtypeOf(Object.class));
        return MethodSpec.methodBuilder("groupBy")
            .addJavadoc("Group the records by the values of the given fields.\n@param by the grouping fields\n")
            .addJavadoc("@return the query step\n")
            .addAnnotation(RuntimeTypes.SAFE_VARARGS)
            .addAnnotation(
                    AnnotationSpec.builder(RuntimeTypes.SUPPRESS_WARNINGS).addMember("value", "$S", "varargs").build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(query("GroupByQuery", M))
            .addParameter(ArrayTypeName.of(field), "by")
            .varargs()
            .addStatement("return this.operations.groupBy(by)")
            .build();
    }

}

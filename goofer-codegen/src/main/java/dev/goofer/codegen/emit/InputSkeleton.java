package dev.goofer.codegen.emit;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.ClientDescriptors;
import dev.goofer.codegen.model.FieldDescriptor;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.codegen.model.RelationFieldDescriptor;
import dev.goofer.codegen.model.ScalarFieldDescriptor;

/**
 * The shape create and update inputs share: an immutable input holding the runtime's
 * data, a static {@code builder()}, and a nested {@code Builder} whose methods delegate
 * to the runtime's {@code CreateBuilder} or {@code UpdateBuilder}.
 *
 * @param context the emit context
 * @param model the model
 * @param input the generated input class
 * @param inputInterface {@code CreateInput} or {@code UpdateInput}
 * @param data {@code CreateData} or {@code UpdateData}
 * @param runtimeBuilder {@code CreateBuilder} or {@code UpdateBuilder}
 * @param dataMethod {@code toCreateData} or {@code toUpdateData}
 */
record InputSkeleton(EmitContext context, ModelDescriptor model, ClassName input, ClassName inputInterface,
        ClassName data, ClassName runtimeBuilder, String dataMethod) {

    static final String BUILDER_FIELD = "builder";

    static final String DATA_FIELD = "data";

    ClassName builderClass() {
        return this.input.nestedClass(ClientDescriptors.BUILDER);
    }

    Scope scope() {
        return new Scope(this.model.name()).add(BUILDER_FIELD, null).add(DATA_FIELD, null);
    }

    TypeSpec.Builder outer(String javadoc) {
        return TypeSpec.classBuilder(this.input)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(this.inputInterface, this.model.recordClass()))
            .addJavadoc(javadoc)
            .addField(this.data, DATA_FIELD, Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(this.data, DATA_FIELD)
                .addStatement("this.$N = $N", DATA_FIELD, DATA_FIELD)
                .build())
            .addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Start building.\n@return a new builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderClass())
                .addStatement("return new $T()", builderClass())
                .build())
            .addMethod(MethodSpec.methodBuilder(this.dataMethod)
                .addAnnotation(RuntimeTypes.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(this.data)
                .addStatement("return this.$N", DATA_FIELD)
                .build());
    }

    TypeSpec.Builder builder() {
        return TypeSpec.classBuilder(builderClass())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Builds {@link $T}.\n", this.input)
            .addField(FieldSpec.builder(this.runtimeBuilder, BUILDER_FIELD, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T($L.$N)", this.runtimeBuilder, this.context.ref(this.model.fieldsClass(), scope()),
                        this.model.metaConstant())
                .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }

    MethodSpec build() {
        return MethodSpec.methodBuilder("build")
            .addJavadoc("Return the input.\n@return the input\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(this.input)
            .addStatement("return new $T(this.$N.build())", this.input, BUILDER_FIELD)
            .build();
    }

    /**
     * Return a builder method that passes its one argument to the runtime builder.
     * @param name the method name
     * @param field the field
     * @param type the parameter type
     * @param call the runtime builder method
     * @param summary the first Javadoc sentence
     * @param parameterDoc the parameter's Javadoc
     * @return the method
     */
    MethodSpec setter(String name, FieldDescriptor field, TypeName type, String call, String summary,
            String parameterDoc) {
        String parameter = this.context.internalName(field.member());
        return MethodSpec.methodBuilder(name)
            .addJavadoc("$L\n$L", summary, Javadocs.paragraph(field.meta().documentation()))
            .addJavadoc("@param $L $L\n@return this builder\n", parameter, parameterDoc)
            .addModifiers(Modifier.PUBLIC)
            .returns(builderClass())
            .addParameter(type, parameter)
            .addStatement("this.$N.$L($S, $N)", BUILDER_FIELD, call, field.name(), parameter)
            .addStatement("return this")
            .build();
    }

    MethodSpec scalarSetter(ScalarFieldDescriptor field) {
        return setter(field.member(), field, ComponentTypes.value(field), "set", "Set {@code " + field.name() + "}.",
                "the value");
    }

    MethodSpec relationSetter(RelationFieldDescriptor field, ClassName toMany, ClassName toOne) {
        ClassName writes = field.toMany() ? toMany : toOne;
        ClassName target = this.context.client().model(field.target()).recordClass();
        TypeName type = ParameterizedTypeName.get(RuntimeTypes.CONSUMER, ParameterizedTypeName.get(writes, target));
        return setter(field.member(), field, type, field.toMany() ? "toMany" : "toOne",
                "Write the {@code " + field.name() + "} relation.", "receives the nested writes");
    }

}

package dev.goofer.codegen.emit;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.FieldDescriptor;
import dev.goofer.codegen.model.JavaTypes;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.codegen.model.RelationFieldDescriptor;
import dev.goofer.codegen.model.ScalarFieldDescriptor;

/**
 * Emits the update input of a model ({@code UserUpdate}): a setter per exposed field, an
 * atomic {@code NumberOperation} overload for numbers, {@code push} methods for scalar
 * lists, and nested writes for relations.
 */
final class UpdateInputEmitter {

    private final EmitContext context;

    UpdateInputEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(ModelDescriptor model) {
        InputSkeleton skeleton = new InputSkeleton(this.context, model, model.updateClass(), RuntimeTypes.UPDATE_INPUT,
                RuntimeTypes.UPDATE_DATA, RuntimeTypes.UPDATE_BUILDER, "toUpdateData");
        TypeSpec.Builder builder = skeleton.builder();
        for (FieldDescriptor field : model.fields()) {
            if (field instanceof ScalarFieldDescriptor scalar) {
                builder.addMethod(skeleton.scalarSetter(scalar));
                if (scalar.numeric()) {
                    TypeName operation = ParameterizedTypeName.get(RuntimeTypes.NUMBER_OPERATION, scalar.elementType());
                    builder.addMethod(skeleton.setter(scalar.member(), scalar, operation, "number",
                            "Change {@code " + scalar.name() + "} atomically.", "the operation"));
                }
                if (scalar.pushMethod() != null) {
                    builder.addMethod(pushOne(skeleton, scalar));
                    builder.addMethod(skeleton.setter(scalar.pushMethod(), scalar, scalar.valueType(), "push",
                            "Append values to {@code " + scalar.name() + "}.", "the values to append"));
                }
            }
            else if (field instanceof RelationFieldDescriptor relation) {
                builder.addMethod(skeleton.relationSetter(relation, RuntimeTypes.TO_MANY_UPDATE_WRITES,
                        RuntimeTypes.TO_ONE_UPDATE_WRITES));
            }
        }
        builder.addMethod(skeleton.build());
        String javadoc = "The changes to {@code " + model.name() + "} records.\n";
        return this.context.file(skeleton.outer(javadoc).addType(builder.build()));
    }

    private MethodSpec pushOne(InputSkeleton skeleton, ScalarFieldDescriptor field) {
        String parameter = this.context.internalName(field.member());
        Scope scope = skeleton.scope().add(parameter, null);
        return MethodSpec.methodBuilder(field.pushMethod())
            .addJavadoc("Append one value to {@code $L}.\n@param $L the value to append\n@return this builder\n",
                    field.name(), parameter)
            .addModifiers(Modifier.PUBLIC)
            .returns(skeleton.builderClass())
            .addParameter(field.elementType(), parameter)
            .addStatement("this.$N.push($S, $L.of($N))", InputSkeleton.BUILDER_FIELD, field.name(),
                    this.context.ref(JavaTypes.LIST, scope), parameter)
            .addStatement("return this")
            .build();
    }

}

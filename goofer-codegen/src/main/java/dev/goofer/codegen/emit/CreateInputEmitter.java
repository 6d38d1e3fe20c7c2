package dev.goofer.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.FieldDescriptor;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.codegen.model.RelationFieldDescriptor;
import dev.goofer.codegen.model.ScalarFieldDescriptor;

/**
 * Emits the create input of a model ({@code UserCreate}): a builder method per exposed
 * field, and nested writes for relations. The runtime checks required fields when
 * {@code build()} runs.
 */
final class CreateInputEmitter {

    private final EmitContext context;

    CreateInputEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(ModelDescriptor model) {
        InputSkeleton skeleton = new InputSkeleton(this.context, model, model.createClass(), RuntimeTypes.CREATE_INPUT,
                RuntimeTypes.CREATE_DATA, RuntimeTypes.CREATE_BUILDER, "toCreateData");
        TypeSpec.Builder builder = skeleton.builder();
        for (FieldDescriptor field : model.fields()) {
            if (field instanceof ScalarFieldDescriptor scalar) {
                builder.addMethod(skeleton.scalarSetter(scalar));
            }
            else if (field instanceof RelationFieldDescriptor relation) {
                builder.addMethod(skeleton.relationSetter(relation, RuntimeTypes.TO_MANY_CREATE_WRITES,
                        RuntimeTypes.TO_ONE_CREATE_WRITES));
            }
        }
        builder.addMethod(skeleton.build());
        String javadoc = "The data to create one {@code " + model.name() + "}: required fields are checked when\n"
                + "{@link Builder#build()} runs.\n";
        return this.context.file(skeleton.outer(javadoc).addType(builder.build()));
    }

}

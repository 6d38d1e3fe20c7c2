package dev.goofer.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.goofer.codegen.model.ClientDescriptor;
import dev.goofer.codegen.model.FieldDescriptor;
import dev.goofer.codegen.model.JavaTypes;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.codegen.model.RelationFieldDescriptor;
import dev.goofer.codegen.model.ScalarFieldDescriptor;

/**
 * The Java types of record components and builder parameters, with JSpecify nullness:
 * optional scalars and every relation component (null until loaded) are
 * {@code @Nullable}.
 */
final class ComponentTypes {

    private static final AnnotationSpec NULLABLE = AnnotationSpec.builder(RuntimeTypes.NULLABLE).build();

    private ComponentTypes() {
    }

    static TypeName nullable(TypeName type) {
        return type.annotated(NULLABLE);
    }

    static TypeName component(FieldDescriptor field, ClientDescriptor client) {
        if (field instanceof ScalarFieldDescriptor scalar) {
            return value(scalar);
        }
        if (field instanceof RelationFieldDescriptor relation) {
            return nullable(relation(relation, client));
        }
        throw new IllegalStateException("Unhandled field " + field);
    }

    static TypeName value(ScalarFieldDescriptor field) {
        return field.optional() ? nullable(field.valueType()) : field.valueType();
    }

    static TypeName relation(RelationFieldDescriptor field, ClientDescriptor client) {
        ClassName target = client.model(field.target()).recordClass();
        if (field.toMany()) {
            return ParameterizedTypeName.get(JavaTypes.LIST, target);
        }
        return field.optionalToOne() ? ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, target) : target;
    }

    static TypeName counts(ModelDescriptor model) {
        return ParameterizedTypeName.get(RuntimeTypes.RELATION_COUNTS, model.recordClass());
    }

}

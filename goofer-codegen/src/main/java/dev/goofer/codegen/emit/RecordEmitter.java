package dev.goofer.codegen.emit;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.FieldDescriptor;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.codegen.model.RelationFieldDescriptor;

/**
 * Emits the record of one row of a model ({@code User}): a component per exposed field,
 * relation components that are {@code null} until loaded behind accessors that fail
 * clearly, and the {@code _count} component when the model has to-many relations.
 */
final class RecordEmitter {

    static final String COUNTS = "_count";

    private final EmitContext context;

    RecordEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(ModelDescriptor model) {
        Scope scope = RecordEmitter.members(model);
        TypeSpec.Builder record = TypeSpec.recordBuilder(model.recordClass())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L\n\n",
                    Javadocs.or(model.meta().documentation(), "A record of model {@code " + model.name() + "}."));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (FieldDescriptor field : model.fields()) {
            constructor.addParameter(
                    ParameterSpec.builder(ComponentTypes.component(field, this.context.client()), field.member())
                        .build());
            record.addJavadoc("@param $L $L\n", field.member(), componentDoc(field));
        }
        if (model.counts()) {
            constructor.addParameter(ComponentTypes.nullable(ComponentTypes.counts(model)), COUNTS);
            record.addJavadoc("@param $L the relation counts, {@code null} when not requested\n", COUNTS);
        }
        record.recordConstructor(constructor.build());
        for (RelationFieldDescriptor relation : model.relationFields()) {
            record.addMethod(relationAccessor(model, relation, scope, true));
        }
        if (model.counts()) {
            record.addMethod(countsAccessor(model, scope, true));
        }
        return this.context.file(record);
    }

    static Scope members(ModelDescriptor model) {
        Scope scope = new Scope(model.name());
        model.fields().forEach((field) -> scope.add(field.member(), field.name()));
        return scope.add(COUNTS, null);
    }

    static String componentDoc(FieldDescriptor field) {
        if (field instanceof RelationFieldDescriptor) {
            return Javadocs.summary(field.meta().documentation(), "the {@code " + field.name() + "} relation")
                    + ", {@code null} when not loaded";
        }
        return Javadocs.summary(field.meta().documentation(), "the {@code " + field.name() + "} field");
    }

    MethodSpec relationAccessor(ModelDescriptor model, RelationFieldDescriptor relation, Scope scope,
            boolean override) {
        String returns = relation.toMany() ? "the related records"
                : relation.optionalToOne() ? "the related record, or empty" : "the related record";
        MethodSpec.Builder method = MethodSpec.methodBuilder(relation.member())
            .addJavadoc("Return the {@code $L} relation.\n$L", relation.name(),
                    Javadocs.paragraph(relation.meta().documentation()))
            .addJavadoc("@return $L\n@throws $T if the query did not include it\n", returns,
                    RuntimeTypes.RELATION_NOT_LOADED);
        if (override) {
            method.addAnnotation(RuntimeTypes.OVERRIDE);
        }
        return method.addModifiers(Modifier.PUBLIC)
            .returns(ComponentTypes.relation(relation, this.context.client()))
            .addStatement("return $L", loaded(model, relation.member(), relation.name(), scope))
            .build();
    }

    MethodSpec countsAccessor(ModelDescriptor model, Scope scope, boolean override) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(COUNTS)
            .addJavadoc("Return the relation counts.\n@return the counts\n@throws $T if the query did not count\n",
                    RuntimeTypes.RELATION_NOT_LOADED);
        if (override) {
            method.addAnnotation(RuntimeTypes.OVERRIDE);
        }
        return method.addModifiers(Modifier.PUBLIC)
            .returns(ComponentTypes.counts(model))
            .addStatement("return $L", loaded(model, COUNTS, COUNTS, scope))
            .build();
    }

    private CodeBlock loaded(ModelDescriptor model, String member, String field, Scope scope) {
        return CodeBlock.of("$L.loaded(this.$N, $S, $S)", this.context.ref(RuntimeTypes.GENERATED_SUPPORT, scope),
                member, model.recordClass().simpleName(), field);
    }

}

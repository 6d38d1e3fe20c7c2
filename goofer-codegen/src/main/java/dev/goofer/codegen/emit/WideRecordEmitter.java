package dev.goofer.codegen.emit;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.FieldDescriptor;
import dev.goofer.codegen.model.JavaTypes;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.codegen.model.RelationFieldDescriptor;

/**
 * Emits the row type of a model with more fields than a record can have components (the
 * JVM limits a constructor to 255 parameter slots): a final class with the same
 * accessors, value equality and string form as the record would have, built from a row by
 * its fields class.
 */
final class WideRecordEmitter {

    private final EmitContext context;

    private final RecordEmitter records;

    private final FieldsEmitter fields;

    WideRecordEmitter(EmitContext context) {
        this.context = context;
        this.records = new RecordEmitter(context);
        this.fields = new FieldsEmitter(context);
    }

    JavaFile emit(ModelDescriptor model) {
        Scope scope = RecordEmitter.members(model);
        String row = this.context.internalName(FieldsEmitter.free("row", scope));
        Scope constructorScope = RecordEmitter.members(model).add(row, null);
        TypeSpec.Builder type = TypeSpec.classBuilder(model.recordClass())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                    "$L\n<p>\nA final class rather than a record: the model has more fields than a record can\n"
                            + "have components.\n",
                    Javadocs.or(model.meta().documentation(), "A record of model {@code " + model.name() + "}."));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(RuntimeTypes.ROW, row);
        List<String> members = new ArrayList<>();
        for (FieldDescriptor field : model.fields()) {
            type.addField(ComponentTypes.component(field, this.context.client()), field.member(), Modifier.PRIVATE,
                    Modifier.FINAL);
            constructor.addStatement("this.$N = $L", field.member(),
                    this.fields.read(model, field, row, constructorScope, false));
            members.add(field.member());
            if (field instanceof RelationFieldDescriptor relation) {
                type.addMethod(this.records.relationAccessor(model, relation, scope, false));
            }
            else {
                type.addMethod(MethodSpec.methodBuilder(field.member())
                    .addJavadoc("Return $L.\n@return the value\n", RecordEmitter.componentDoc(field))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ComponentTypes.component(field, this.context.client()))
                    .addStatement("return this.$N", field.member())
                    .build());
            }
        }
        if (model.counts()) {
            type.addField(ComponentTypes.nullable(ComponentTypes.counts(model)), RecordEmitter.COUNTS, Modifier.PRIVATE,
                    Modifier.FINAL);
            constructor.addStatement("this.$N = $L.counts($N)", RecordEmitter.COUNTS,
                    this.context.ref(RuntimeTypes.GENERATED_SUPPORT, constructorScope), row);
            type.addMethod(this.records.countsAccessor(model, scope, false));
            members.add(RecordEmitter.COUNTS);
        }
        type.addMethod(constructor.build());
        type.addMethod(equalsMethod(model, members, scope));
        type.addMethod(hashCodeMethod(members, scope));
        type.addMethod(toStringMethod(model, members));
        return this.context.file(type);
    }

    private MethodSpec equalsMethod(ModelDescriptor model, List<String> members, Scope scope) {
        String other = FieldsEmitter.free("other", scope);
        String that = FieldsEmitter.free("that", scope);
        CodeBlock objects = this.context.ref(RuntimeTypes.OBJECTS,
                new Scope(model.name()).add(other, null).add(that, null));
        List<CodeBlock> comparisons = new ArrayList<>();
        for (String member : members) {
            comparisons.add(CodeBlock.of("$L.equals(this.$N, $N.$N)", objects, member, that, member));
        }
        CodeBlock all = comparisons.isEmpty() ? CodeBlock.of("true") : CodeBlock.join(comparisons, "$W&& ");
        return MethodSpec.methodBuilder("equals")
            .addAnnotation(RuntimeTypes.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(ComponentTypes.nullable(RuntimeTypes.OBJECT), other)
            .addStatement("return ($N instanceof $T $N)$W&& $L", other, model.recordClass(), that, all)
            .build();
    }

    private MethodSpec hashCodeMethod(List<String> members, Scope scope) {
        List<CodeBlock> values = new ArrayList<>();
        members.forEach((member) -> values.add(CodeBlock.of("this.$N", member)));
        return MethodSpec.methodBuilder("hashCode")
            .addAnnotation(RuntimeTypes.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement("return $L.hash($L)", this.context.ref(RuntimeTypes.OBJECTS, scope),
                    CodeBlock.join(values, ",$W"))
            .build();
    }

    private MethodSpec toStringMethod(ModelDescriptor model, List<String> members) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
            .addAnnotation(RuntimeTypes.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(JavaTypes.STRING);
        StringBuilder separator = new StringBuilder(model.recordClass().simpleName()).append('[');
        List<CodeBlock> parts = new ArrayList<>();
        for (String member : members) {
            parts.add(CodeBlock.of("$S + this.$N", separator + member + "=", member));
            separator.setLength(0);
            separator.append(", ");
        }
        parts.add(CodeBlock.of("$S", (members.isEmpty() ? model.recordClass().simpleName() + "[" : "") + "]"));
        return method.addStatement("return $L", CodeBlock.join(parts, "$W+ ")).build();
    }

}

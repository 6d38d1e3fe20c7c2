package dev.goofer.codegen.emit;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
import dev.goofer.metadata.ScalarType;

/**
 * Emits the metadata and typed field handles of a model ({@code UserFields}): the
 * {@code META} constant first, so that handles of related models can refer to it while
 * classes initialize each other, then one handle per exposed field, then the
 * {@code FACTORY} that turns rows into records.
 */
final class FieldsEmitter {

    private final EmitContext context;

    FieldsEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(ModelDescriptor model) {
        Scope scope = new Scope(model.name()).add(model.metaConstant(), null).add(model.factoryConstant(), null);
        model.fields().forEach((field) -> scope.add(field.constant(), field.name()));
        TypeSpec.Builder type = TypeSpec.classBuilder(model.fieldsClass())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The metadata and typed field handles of model {@code $L}.\n", model.name());
        type.addField(FieldSpec.builder(RuntimeTypes.MODEL_META, model.metaConstant(), EmitContext.publicStaticFinal())
            .addJavadoc("The metadata of model {@code $L}.\n", model.name())
            .initializer(new MetaLiterals(this.context, scope).model(model.meta()))
            .build());
        for (FieldDescriptor field : model.fields()) {
            type.addField(handle(model, field, scope));
        }
        type.addField(FieldSpec
            .builder(ParameterizedTypeName.get(RuntimeTypes.ROW_FACTORY, model.recordClass()), model.factoryConstant(),
                    EmitContext.publicStaticFinal())
            .addJavadoc("Creates {@link $T} records from the rows the executor returns.\n", model.recordClass())
            .initializer(factory(model, scope))
            .build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return this.context.file(type);
    }

    private FieldSpec handle(ModelDescriptor model, FieldDescriptor field, Scope scope) {
        String kind = (field instanceof RelationFieldDescriptor) ? "relation" : "field";
        FieldSpec.Builder handle;
        if (field instanceof ScalarFieldDescriptor scalar) {
            handle = scalarHandle(model, scalar, scope);
        }
        else if (field instanceof RelationFieldDescriptor relation) {
            handle = relationHandle(model, relation, scope);
        }
        else {
            throw new IllegalStateException("Unhandled field " + field);
        }
        return handle
            .addJavadoc("$L\n",
                    Javadocs.or(field.meta().documentation(), "The {@code " + field.name() + "} " + kind + "."))
            .build();
    }

    private FieldSpec.Builder scalarHandle(ModelDescriptor model, ScalarFieldDescriptor field, Scope scope) {
        HandleType handle = HandleType.of(field);
        List<TypeName> arguments = new ArrayList<>();
        arguments.add(model.recordClass());
        if (handle.valueArgument()) {
            arguments.add(field.elementType());
        }
        TypeName type = ParameterizedTypeName.get(handle.className(), arguments.toArray(TypeName[]::new));
        CodeBlock extra = CodeBlock.of("");
        if (field.list()) {
            extra = CodeBlock.of(",$W$L", elementReader(field, scope));
        }
        else if (field.meta().type() == ScalarType.ENUM) {
            extra = CodeBlock.of(",$W$L::fromDatabaseValue", this.context.ref(field.enumClass(), scope));
        }
        else if (field.meta().type().isNumeric()) {
            extra = CodeBlock.of(",$W$T.class", field.elementType());
        }
        return FieldSpec.builder(type, field.constant(), EmitContext.publicStaticFinal())
            .initializer("new $T<>($N,$W$S$L)", handle.className(), model.metaConstant(), field.name(), extra);
    }

    private CodeBlock elementReader(ScalarFieldDescriptor field, Scope scope) {
        if (field.enumClass() != null) {
            String value = this.context.internalName(free("value", scope));
            return CodeBlock.of("($N) -> $L.fromDatabaseValue(($T) $N)", value,
                    this.context.ref(field.enumClass(), scope), JavaTypes.STRING, value);
        }
        return CodeBlock.of("$T.class::cast", field.elementType());
    }

    private FieldSpec.Builder relationHandle(ModelDescriptor model, RelationFieldDescriptor field, Scope scope) {
        ClassName handle = field.toMany() ? RuntimeTypes.TO_MANY_RELATION : RuntimeTypes.TO_ONE_RELATION;
        ModelDescriptor target = this.context.client().model(field.target());
        TypeName type = ParameterizedTypeName.get(handle, model.recordClass(), target.recordClass());
        return FieldSpec.builder(type, field.constant(), EmitContext.publicStaticFinal())
            .initializer("new $T<>($N,$W$S,$W$L)", handle, model.metaConstant(), field.name(),
                    constant(model, target, target.metaConstant(), scope, true));
    }

    private CodeBlock factory(ModelDescriptor model, Scope scope) {
        String row = this.context.internalName(free("row", scope));
        if (model.wide()) {
            return CodeBlock.of("($N) -> new $T($N)", row, model.recordClass(), row);
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (FieldDescriptor field : model.fields()) {
            arguments.add(read(model, field, row, scope, true));
        }
        if (model.counts()) {
            arguments.add(CodeBlock.of("$L.counts($N)", this.context.ref(RuntimeTypes.GENERATED_SUPPORT, scope), row));
        }
        return CodeBlock.of("($N) -> new $T($L)", row, model.recordClass(), CodeBlock.join(arguments, ",$W"));
    }

    /**
     * Return the code that reads one field of a row: scalars through their handle, which
     * converts numbers, enums and lists; relations through the related factory, always
     * qualified, since the factory lambda may not name the constant it initializes.
     * @param model the model
     * @param field the field
     * @param row the name of the row variable
     * @param scope the variables in scope
     * @param inFields whether the code is inside the model's fields class, where its
     * constants need no qualifier
     * @return the code
     */
    CodeBlock read(ModelDescriptor model, FieldDescriptor field, String row, Scope scope, boolean inFields) {
        if (field instanceof ScalarFieldDescriptor) {
            return CodeBlock.of("$L.read($N.get($L))", constant(model, model, field.constant(), scope, inFields), row,
                    field.position());
        }
        RelationFieldDescriptor relation = (RelationFieldDescriptor) field;
        ModelDescriptor target = this.context.client().model(relation.target());
        String method = relation.toMany() ? "toMany" : relation.optionalToOne() ? "optionalToOne" : "toOne";
        return CodeBlock.of("$L.$L($N,$W$L,$W$L)", this.context.ref(RuntimeTypes.GENERATED_SUPPORT, scope), method, row,
                relation.position(), qualifiedConstant(target, target.factoryConstant(), scope));
    }

    private CodeBlock constant(ModelDescriptor model, ModelDescriptor owner, String constant, Scope scope,
            boolean inFields) {
        return (inFields && owner == model) ? CodeBlock.of("$N", constant) : qualifiedConstant(owner, constant, scope);
    }

    private CodeBlock qualifiedConstant(ModelDescriptor owner, String constant, Scope scope) {
        return CodeBlock.of("$L.$N", this.context.ref(owner.fieldsClass(), scope), constant);
    }

    static String free(String name, Scope scope) {
        String free = name;
        while (scope.contains(free)) {
            free = free + "_";
        }
        return free;
    }

}

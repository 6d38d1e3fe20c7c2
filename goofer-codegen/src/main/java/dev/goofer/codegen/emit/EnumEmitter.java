package dev.goofer.codegen.emit;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.EnumDescriptor;
import dev.goofer.codegen.model.JavaTypes;

/**
 * Emits a schema enum as a Java enum that knows the value stored in the database, which
 * {@code @map} may make differ from the constant name.
 */
final class EnumEmitter {

    private final EmitContext context;

    EnumEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit(EnumDescriptor enumType) {
        String name = enumType.meta().name();
        ClassName type = enumType.className();
        Scope scope = new Scope(name).add(enumType.metaConstant(), null)
            .add(enumType.lookupConstant(), null)
            .add(enumType.valueField(), null);
        enumType.constants().forEach((constant) -> scope.add(constant.javaName(), constant.value().name()));
        TypeSpec.Builder enumSpec = TypeSpec.enumBuilder(type)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(RuntimeTypes.DATABASE_ENUM)
            .addJavadoc("$L\n",
                    Javadocs.or(enumType.meta().documentation(), "The values of enum {@code " + name + "}."));
        for (EnumDescriptor.Constant constant : enumType.constants()) {
            enumSpec.addEnumConstant(constant.javaName(),
                    TypeSpec.anonymousClassBuilder("$S", constant.value().databaseName())
                        .addJavadoc("$L", Javadocs.lead(constant.value().documentation()))
                        .addJavadoc("Stored in the database as $L.\n", Javadocs.code(constant.value().databaseName()))
                        .build());
        }
        String valueParameter = this.context.internalName(enumType.valueField());
        String lookupParameter = this.context.internalName(FieldsEmitter.free("value", scope));
        enumSpec
            .addField(
                    FieldSpec.builder(RuntimeTypes.ENUM_META, enumType.metaConstant(), EmitContext.publicStaticFinal())
                        .addJavadoc("The metadata of enum {@code $L}.\n", name)
                        .initializer(new MetaLiterals(this.context, scope).enumType(enumType.meta()))
                        .build())
            .addField(FieldSpec
                .builder(ParameterizedTypeName.get(RuntimeTypes.MAP, JavaTypes.STRING, type), enumType.lookupConstant(),
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L.databaseValues($T.class)", this.context.ref(RuntimeTypes.GENERATED_SUPPORT, scope),
                        type)
                .build())
            .addField(JavaTypes.STRING, enumType.valueField(), Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder()
                .addParameter(JavaTypes.STRING, valueParameter)
                .addStatement("this.$N = $N", enumType.valueField(), valueParameter)
                .build())
            .addMethod(MethodSpec.methodBuilder("databaseValue")
                .addAnnotation(RuntimeTypes.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.STRING)
                .addStatement("return this.$N", enumType.valueField())
                .build())
            .addMethod(MethodSpec.methodBuilder("fromDatabaseValue")
                .addJavadoc("Return the constant stored in the database as the given value.\n")
                .addJavadoc("@param $L the database value\n@return the constant\n", lookupParameter)
                .addJavadoc("@throws IllegalArgumentException if no constant is stored as the value\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addParameter(JavaTypes.STRING, lookupParameter)
                .addStatement("return $L.enumConstant($N, $T.class, $N)",
                        this.context.ref(RuntimeTypes.GENERATED_SUPPORT, scope), enumType.lookupConstant(), type,
                        lookupParameter)
                .build());
        return this.context.file(enumSpec);
    }

}

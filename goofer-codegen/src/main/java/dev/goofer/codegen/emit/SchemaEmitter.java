package dev.goofer.codegen.emit;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.ClientDescriptor;
import dev.goofer.codegen.model.EnumDescriptor;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SchemaMeta;

/**
 * Emits the class holding the schema metadata ({@code GooferSchema.SCHEMA}): every model,
 * view and enum in schema order. Models with {@code @@ignore} have no client types, so
 * their metadata is written here in full, for the DDL.
 */
final class SchemaEmitter {

    static final String CONSTANT = "SCHEMA";

    private final EmitContext context;

    SchemaEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit() {
        ClientDescriptor client = this.context.client();
        SchemaMeta schema = client.schema();
        Scope scope = new Scope(client.clientClass().simpleName()).add(CONSTANT, null);
        MetaLiterals literals = new MetaLiterals(this.context, scope);
        List<CodeBlock> models = new ArrayList<>();
        for (ModelMeta model : schema.models()) {
            ModelDescriptor descriptor = client.findModel(model.name());
            models.add((descriptor != null) ? CodeBlock.of("$L.$N", this.context.ref(descriptor.fieldsClass(), scope),
                    descriptor.metaConstant()) : literals.model(model));
        }
        List<CodeBlock> enums = new ArrayList<>();
        for (EnumDescriptor enumType : client.enums()) {
            enums.add(CodeBlock.of("$L.$N", this.context.ref(enumType.className(), scope), enumType.metaConstant()));
        }
        CodeBlock initializer = CodeBlock.of("new $T($L.$L,$W$L,$W$L,$W$L)", RuntimeTypes.SCHEMA_META,
                this.context.ref(RuntimeTypes.PROVIDER, scope), schema.provider().name(), schema.foreignKeys(),
                literals.lines(models, (block) -> block), literals.lines(enums, (block) -> block));
        TypeSpec.Builder type = TypeSpec.classBuilder(client.schemaClass())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The schema metadata of the generated client: what the runtime, the DDL and the schema\n"
                    + "check at startup work from.\n")
            .addField(FieldSpec.builder(RuntimeTypes.SCHEMA_META, CONSTANT, EmitContext.publicStaticFinal())
                .addJavadoc("The models, views and enums of {@code $L}, in schema order.\n", client.sourceFileName())
                .initializer(initializer)
                .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return this.context.file(type);
    }

}

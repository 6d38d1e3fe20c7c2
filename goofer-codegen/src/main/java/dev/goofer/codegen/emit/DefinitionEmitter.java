package dev.goofer.codegen.emit;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.ClientDescriptor;

/**
 * Emits the {@code ClientDefinition} of the client and its service registration, through
 * which the Spring Boot autoconfiguration finds the client without user code.
 */
final class DefinitionEmitter {

    /** The path of the service registration, relative to the resources root. */
    static final String SERVICE_FILE = "META-INF/services/dev.goofer.client.ClientDefinition";

    private final EmitContext context;

    DefinitionEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit() {
        ClientDescriptor client = this.context.client();
        Scope scope = new Scope(client.clientClass().simpleName());
        String executor = this.context.internalName("executor");
        TypeSpec.Builder type = TypeSpec.classBuilder(client.definitionClass())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.CLIENT_DEFINITION, client.clientClass()))
            .addJavadoc("Tells the runtime about {@link $T}; listed in\n{@code $L}.\n", client.clientClass(),
                    SERVICE_FILE)
            .addMethod(MethodSpec.methodBuilder("schema")
                .addAnnotation(RuntimeTypes.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.SCHEMA_META)
                .addStatement("return $L.$N", this.context.ref(client.schemaClass(), scope), SchemaEmitter.CONSTANT)
                .build())
            .addMethod(MethodSpec.methodBuilder("clientType")
                .addAnnotation(RuntimeTypes.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.CLASS, client.clientClass()))
                .addStatement("return $T.class", client.clientClass())
                .build())
            .addMethod(MethodSpec.methodBuilder("create")
                .addAnnotation(RuntimeTypes.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(client.clientClass())
                .addParameter(RuntimeTypes.QUERY_EXECUTOR, executor)
                .addStatement("return new $T($N)", client.clientClass(), executor)
                .build());
        return this.context.file(type);
    }

    /**
     * Return the content of the service registration.
     * @return the file content
     */
    String serviceFile() {
        return this.context.client().definitionClass().canonicalName() + "\n";
    }

}

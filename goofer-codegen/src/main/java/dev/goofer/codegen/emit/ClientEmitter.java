package dev.goofer.codegen.emit;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.goofer.codegen.model.ClientDescriptor;
import dev.goofer.codegen.model.ModelDescriptor;

/**
 * Emits the client ({@code GooferClient}): one accessor per model returning its
 * {@code ModelClient}, one per view returning the read-only {@code ViewClient}, and a
 * {@code create(DataSource)} shortcut over the JDBC executor.
 */
final class ClientEmitter {

    private final EmitContext context;

    ClientEmitter(EmitContext context) {
        this.context = context;
    }

    JavaFile emit() {
        ClientDescriptor client = this.context.client();
        ClassName clientClass = client.clientClass();
        String executor = this.context.internalName("executor");
        String options = this.context.internalName("options");
        Scope scope = new Scope(clientClass.simpleName()).add(executor, null).add(options, null);
        Map<ModelDescriptor, String> fields = new LinkedHashMap<>();
        for (ModelDescriptor model : client.models()) {
            String field = this.context.internalName(model.accessor());
            fields.put(model, field);
            scope.add(field, null);
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(clientClass)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeTypes.CLIENT_BASE, clientClass))
            .addJavadoc("The Goofer client of this schema: one accessor per model, plus transactions, batches\n"
                    + "and raw SQL. Thread-safe; create one per application (the Spring Boot starter makes it\n"
                    + "a bean).\n");
        if (client.models().stream().anyMatch(ModelDescriptor::view)) {
            type.addJavadoc("<p>\nViews are read-only: their accessors return a {@link $T}, which offers the\n"
                    + "find, count, aggregate and group-by operations only.\n", RuntimeTypes.VIEW_CLIENT);
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.QUERY_EXECUTOR, executor)
            .addParameter(RuntimeTypes.QUERY_OPTIONS, options)
            .addStatement("super($N, $N)", executor, options);
        fields.forEach((model, field) -> {
            type.addField(accessorType(model), field, Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = $L", field, modelClient(model, scope));
        });
        type.addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Create a client over an executor.\n@param $L the executor\n", executor)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(RuntimeTypes.QUERY_EXECUTOR, executor)
            .addStatement("this($N, $L.DEFAULT)", executor, this.context.ref(RuntimeTypes.QUERY_OPTIONS, scope))
            .build())
            .addMethod(constructor.build())
            .addMethod(create(scope))
            .addMethod(MethodSpec.methodBuilder("withOptions")
                .addAnnotation(RuntimeTypes.OVERRIDE)
                .addModifiers(Modifier.PROTECTED)
                .returns(clientClass)
                .addParameter(RuntimeTypes.QUERY_OPTIONS, options)
                .addStatement("return new $T(executor(), $N)", clientClass, options)
                .build());
        fields.forEach((model, field) -> type.addMethod(accessor(model, field)));
        return this.context.file(type);
    }

    private TypeName accessorType(ModelDescriptor model) {
        ClassName type = model.view() ? RuntimeTypes.VIEW_CLIENT : RuntimeTypes.MODEL_CLIENT;
        return ParameterizedTypeName.get(type, model.recordClass());
    }

    private CodeBlock modelClient(ModelDescriptor model, Scope scope) {
        CodeBlock fields = this.context.ref(model.fieldsClass(), scope);
        CodeBlock modelClient = CodeBlock.of("model($L.$N,$W$L.$N)", fields, model.metaConstant(), fields,
                model.factoryConstant());
        return model.view() ? CodeBlock.of("new $T<>($L)", RuntimeTypes.VIEW_CLIENT, modelClient) : modelClient;
    }

    private MethodSpec create(Scope scope) {
        ClientDescriptor client = this.context.client();
        String dataSource = this.context.internalName("dataSource");
        Scope createScope = new Scope(scope.model()).add(dataSource, null);
        return MethodSpec.methodBuilder("create")
            .addJavadoc("Create a client that runs its queries with Goofer's JDBC executor on a data source,\n"
                    + "without caching, sharding or profiling (the Spring Boot starter adds those).\n")
            .addJavadoc("@param $L the data source\n@return the client\n", dataSource)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client.clientClass())
            .addParameter(RuntimeTypes.DATA_SOURCE, dataSource)
            .addStatement("return new $T($L.create($N, $L.$N))", client.clientClass(),
                    this.context.ref(RuntimeTypes.JDBC_QUERY_EXECUTOR, createScope), dataSource,
                    this.context.ref(client.schemaClass(), createScope), SchemaEmitter.CONSTANT)
            .build();
    }

    private MethodSpec accessor(ModelDescriptor model, String field) {
        String kind = model.view() ? "view" : "model";
        return MethodSpec.methodBuilder(model.accessor())
            .addJavadoc("Return the operations of $L {@code $L}.\n$L", kind, model.name(),
                    Javadocs.paragraph(model.meta().documentation()))
            .addJavadoc("@return the operations\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(accessorType(model))
            .addStatement("return this.$N", field)
            .build();
    }

}

package dev.goofer.codegen.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.palantir.javapoet.JavaFile;
import dev.goofer.codegen.model.ClientDescriptor;
import dev.goofer.codegen.model.EnumDescriptor;
import dev.goofer.codegen.model.ModelDescriptor;
import dev.goofer.codegen.naming.NamingConflict;

/**
 * Runs every emitter over a client descriptor. Files are emitted in parallel, since they
 * are independent, and listed in a fixed order: per model its record, fields, unique
 * selectors and inputs, then the enums, the schema, the client and its definition.
 */
public final class ClientSources {

    private ClientSources() {
    }

    /**
     * Emit the sources of a client.
     * @param client the client descriptor
     * @return the sources, the service registration and any conflicts found while
     * emitting
     */
    public static Output emit(ClientDescriptor client) {
        EmitContext context = new EmitContext(client);
        RecordEmitter records = new RecordEmitter(context);
        WideRecordEmitter wideRecords = new WideRecordEmitter(context);
        FieldsEmitter fields = new FieldsEmitter(context);
        WhereUniqueEmitter whereUniques = new WhereUniqueEmitter(context);
        CreateInputEmitter creates = new CreateInputEmitter(context);
        UpdateInputEmitter updates = new UpdateInputEmitter(context);
        List<Supplier<JavaFile>> tasks = new ArrayList<>();
        for (ModelDescriptor model : client.models()) {
            tasks.add(() -> model.wide() ? wideRecords.emit(model) : records.emit(model));
            tasks.add(() -> fields.emit(model));
            if (model.whereUniqueClass() != null) {
                tasks.add(() -> whereUniques.emit(model));
            }
            if (model.createClass() != null) {
                tasks.add(() -> creates.emit(model));
            }
            if (model.updateClass() != null) {
                tasks.add(() -> updates.emit(model));
            }
        }
        EnumEmitter enums = new EnumEmitter(context);
        for (EnumDescriptor enumType : client.enums()) {
            tasks.add(() -> enums.emit(enumType));
        }
        tasks.add(() -> new SchemaEmitter(context).emit());
        tasks.add(() -> new ClientEmitter(context).emit());
        DefinitionEmitter definition = new DefinitionEmitter(context);
        tasks.add(definition::emit);
        List<JavaFile> files = tasks.parallelStream().map(Supplier::get).toList();
        return new Output(files, DefinitionEmitter.SERVICE_FILE, definition.serviceFile(), context.conflicts());
    }

    /**
     * The emitted client.
     *
     * @param files the Java sources
     * @param servicePath the path of the service registration, relative to the resources
     * root
     * @param serviceFile the content of the service registration
     * @param conflicts names found to hide packages while emitting; when not empty, the
     * sources must not be used
     */
    public record Output(List<JavaFile> files, String servicePath, String serviceFile, List<NamingConflict> conflicts) {

        public Output {
            files = List.copyOf(files);
            conflicts = List.copyOf(conflicts);
        }

    }

}

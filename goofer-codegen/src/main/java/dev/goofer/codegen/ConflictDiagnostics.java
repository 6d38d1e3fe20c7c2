package dev.goofer.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goofer.codegen.naming.NamingConflict;
import dev.goofer.schema.ast.EnumValueDeclaration;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.Severity;
import dev.goofer.schema.diagnostics.SourceSpan;
import dev.goofer.schema.semantic.EnumType;
import dev.goofer.schema.semantic.Field;
import dev.goofer.schema.semantic.Model;
import dev.goofer.schema.semantic.ResolvedSchema;

/**
 * Turns the generator's naming conflicts into schema errors, and the names it gave way
 * with an underscore into warnings, at the name of the model, enum, field or enum value
 * they are about, in source order. Only the first conflict of each name is reported: a
 * model whose record clashes clashes in all its companion types too, and renaming it
 * resolves them all.
 */
final class ConflictDiagnostics {

    private static final Comparator<Diagnostic> SOURCE_ORDER = Comparator
        .comparing((Diagnostic diagnostic) -> diagnostic.span().file())
        .thenComparingInt((diagnostic) -> diagnostic.span().startOffset());

    private ConflictDiagnostics() {
    }

    static List<Diagnostic> errors(List<NamingConflict> conflicts, ResolvedSchema schema, SourceSpan fallback) {
        return diagnostics(conflicts, schema, fallback, Severity.ERROR);
    }

    static List<Diagnostic> warnings(List<NamingConflict> renames, ResolvedSchema schema, SourceSpan fallback) {
        return diagnostics(renames, schema, fallback, Severity.WARNING);
    }

    private static List<Diagnostic> diagnostics(List<NamingConflict> conflicts, ResolvedSchema schema,
            SourceSpan fallback, Severity severity) {
        Map<List<String>, NamingConflict> firstPerName = new LinkedHashMap<>();
        for (NamingConflict conflict : conflicts) {
            firstPerName.putIfAbsent(Arrays.asList(conflict.model(), conflict.field()), conflict);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(firstPerName.size());
        for (NamingConflict conflict : firstPerName.values()) {
            diagnostics.add(new Diagnostic(severity, conflict.message(), span(conflict, schema).orElse(fallback)));
        }
        diagnostics.sort(SOURCE_ORDER);
        return diagnostics;
    }

    private static Optional<SourceSpan> span(NamingConflict conflict, ResolvedSchema schema) {
        String member = conflict.field();
        Optional<Model> model = schema.findModel(conflict.model());
        if (model.isPresent()) {
            Optional<Field> field = (member != null) ? model.get().findField(member) : Optional.empty();
            return Optional.of(field.map((found) -> found.declaration().name().span())
                .orElse(model.get().declaration().name().span()));
        }
        Optional<EnumType> enumType = schema.findEnum(conflict.model());
        if (enumType.isPresent()) {
            SourceSpan enumSpan = enumType.get().declaration().name().span();
            if (member == null) {
                return Optional.of(enumSpan);
            }
            return Optional.of(enumType.get()
                .declaration()
                .values()
                .stream()
                .filter((value) -> value.name().name().equals(member))
                .map(EnumValueDeclaration::name)
                .map((name) -> name.span())
                .findFirst()
                .orElse(enumSpan));
        }
        return Optional.empty();
    }

}

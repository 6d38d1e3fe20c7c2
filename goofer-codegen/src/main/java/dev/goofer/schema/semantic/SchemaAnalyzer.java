package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Resolves and validates parsed schema files into a {@link ResolvedSchema}, in psl-style
 * passes: configuration, names, types, attributes, relations, then provider capabilities.
 * Each pass runs only when the passes before it found no error, so every reported error
 * is meaningful; all errors of a pass are reported together.
 */
public final class SchemaAnalyzer {

    private SchemaAnalyzer() {
    }

    /**
     * Analyze the documents of one schema.
     * @param documents the parsed files
     * @param syntaxDiagnostics the diagnostics the parser reported for them
     * @return the resolved schema when there is no error, and every diagnostic
     */
    public static Result analyze(List<SchemaDocument> documents, List<Diagnostic> syntaxDiagnostics) {
        ValidationContext context = new ValidationContext(documents);
        context.diagnostics.addAll(syntaxDiagnostics);
        boolean sql = ConfigPass.run(context);
        if (!sql) {
            return new Result(null, context.diagnostics.toList());
        }
        NamePass.run(context);
        if (!context.hasErrors()) {
            TypePass.run(context);
        }
        if (!context.hasErrors()) {
            AttributePass.run(context);
            RelationPass.run(context);
        }
        if (!context.hasErrors()) {
            RelationRules.run(context);
        }
        if (!context.hasErrors()) {
            CapabilityPass.run(context);
        }
        if (context.hasErrors()) {
            return new Result(null, context.diagnostics.toList());
        }
        return new Result(build(context), context.diagnostics.toList());
    }

    private static ResolvedSchema build(ValidationContext context) {
        context.models.values().forEach(Model::freeze);
        context.enums.values().forEach(EnumType::freeze);
        context.compositeTypes.values().forEach(CompositeType::freeze);
        List<Diagnostic> warnings = new ArrayList<>(context.diagnostics.toList());
        return new ResolvedSchema(context.documents, context.datasource, context.generators, context.previewFeatures,
                new ArrayList<>(context.models.values()), new ArrayList<>(context.enums.values()),
                new ArrayList<>(context.compositeTypes.values()), context.relations, warnings);
    }

    /**
     * The outcome of an analysis.
     *
     * @param schema the resolved schema, or {@code null} when there are errors
     * @param diagnostics the errors and warnings, warnings first
     */
    public record Result(@Nullable ResolvedSchema schema, List<Diagnostic> diagnostics) {

        /**
         * Create a result.
         * @param schema the schema
         * @param diagnostics the diagnostics
         */
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /**
         * Whether the schema is valid.
         * @return whether there is no error
         */
        public boolean isValid() {
            return this.schema != null;
        }

    }

}
